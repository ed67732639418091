// judgement: see docs/language-decisions.md#lib-type-errors
function "err_lib_sha256_wrong_type" {
  input {
  }

  stack {
    var $x {
      value = [1]|sha256
    }
  }

  response = $x
}
