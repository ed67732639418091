// judgement: see docs/language-decisions.md#applied-descriptions
function "filter_push_chained" {
  input {
  }

  stack {
    var $x {
      value = []|push:1|push:2|push:3
    }
  }

  response = $x
}
