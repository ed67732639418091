// judgement: see docs/language-decisions.md#applied-descriptions
function "lib_greater_than_or_equal_array" {
  input {
  }

  stack {
    var $x {
      value = [1]|greater_than_or_equal:2
    }
  }

  response = $x
}
