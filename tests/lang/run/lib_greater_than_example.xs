// judgement: see docs/language-decisions.md#applied-descriptions
function "lib_greater_than_example" {
  input {
  }

  stack {
    var $x {
      value = 3|greater_than:2
    }
  }

  response = $x
}
