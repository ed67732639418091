// judgement: see docs/language-decisions.md#in-direction
function "filter_in_array_contains_value" {
  input {
  }

  stack {
    var $x {
      value = [1,2,3]|in:3
    }
  }

  response = $x
}
