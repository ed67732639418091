// judgement: see docs/language-decisions.md#lib-null-input
function "lib_values_null" {
  input {
  }

  stack {
    var $x {
      value = null|values
    }
  }

  response = $x
}
