// judgement: see docs/language-decisions.md#applied-descriptions
function "filter_push_filtered_argument" {
  input {
  }

  stack {
    var $x {
      value = [1]|push:([5,6]|first)
    }
  }

  response = $x
}
