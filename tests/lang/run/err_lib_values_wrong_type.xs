// judgement: see docs/language-decisions.md#lib-type-errors
function "err_lib_values_wrong_type" {
  input {
  }

  stack {
    var $x {
      value = 3|values
    }
  }

  response = $x
}
