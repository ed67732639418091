// judgement: see docs/language-decisions.md#lib-type-errors
function "err_lib_acosh_wrong_type" {
  input {
  }

  stack {
    var $x {
      value = [1]|acosh
    }
  }

  response = $x
}
