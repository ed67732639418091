// judgement: see docs/language-decisions.md#applied-descriptions
function "filter_set_on_empty_object" {
  input {
  }

  stack {
    var $x {
      value = {}|set:"a":1
    }
  }

  response = $x
}
