// judgement: see docs/language-decisions.md#lib-type-errors
function "err_lib_to_days_wrong_type" {
  input {
  }

  stack {
    var $x {
      value = [1]|to_days
    }
  }

  response = $x
}
