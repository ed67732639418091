// judgement: see docs/language-decisions.md#applied-descriptions
function "lib_greater_than_array" {
  input {
  }

  stack {
    var $x {
      value = [1]|greater_than:2
    }
  }

  response = $x
}
