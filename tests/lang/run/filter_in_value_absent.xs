// judgement: see docs/language-decisions.md#in-direction
function "filter_in_value_absent" {
  input {
  }

  stack {
    var $x {
      value = [1,2,3]|in:5
    }
  }

  response = $x
}
