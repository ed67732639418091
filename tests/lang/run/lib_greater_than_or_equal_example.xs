// judgement: see docs/language-decisions.md#applied-descriptions
function "lib_greater_than_or_equal_example" {
  input {
  }

  stack {
    var $x {
      value = 2|greater_than_or_equal:3
    }
  }

  response = $x
}
