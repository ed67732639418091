// judgement: see docs/language-decisions.md#lib-type-errors
function "err_lib_sha384_wrong_type" {
  input {
  }

  stack {
    var $x {
      value = [1]|sha384
    }
  }

  response = $x
}
