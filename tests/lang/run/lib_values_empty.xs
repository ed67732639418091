// judgement: see docs/language-decisions.md#empty-collections
function "lib_values_empty" {
  input {
  }

  stack {
    var $x {
      value = {}|values
    }
  }

  response = $x
}
