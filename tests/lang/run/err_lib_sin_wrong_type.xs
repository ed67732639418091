// judgement: see docs/language-decisions.md#lib-type-errors
function "err_lib_sin_wrong_type" {
  input {
  }

  stack {
    var $x {
      value = [1]|sin
    }
  }

  response = $x
}
