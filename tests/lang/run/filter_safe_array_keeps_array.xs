// judgement: see docs/language-decisions.md#applied-descriptions
function "filter_safe_array_keeps_array" {
  input {
  }

  stack {
    var $x {
      value = [1,2]|safe_array
    }
  }

  response = $x
}
