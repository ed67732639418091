// judgement: see docs/language-decisions.md#lib-type-errors
function "err_lib_sha512_wrong_type" {
  input {
  }

  stack {
    var $x {
      value = [1]|sha512
    }
  }

  response = $x
}
