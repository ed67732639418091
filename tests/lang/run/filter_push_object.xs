// judgement: see docs/language-decisions.md#applied-descriptions
function "filter_push_object" {
  input {
  }

  stack {
    var $x {
      value = []|push:{id: 1}
    }
  }

  response = $x
}
