// judgement: see docs/language-decisions.md#applied-descriptions
function "filter_join_empty_array" {
  input {
  }

  stack {
    var $x {
      value = []|join:","
    }
  }

  response = $x
}
