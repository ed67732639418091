// judgement: see docs/language-decisions.md#applied-descriptions
function "filter_push_to_empty" {
  input {
  }

  stack {
    var $x {
      value = []|push:1
    }
  }

  response = $x
}
