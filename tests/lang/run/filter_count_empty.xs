// judgement: see docs/language-decisions.md#applied-descriptions
function "filter_count_empty" {
  input {
  }

  stack {
    var $x {
      value = []|count
    }
  }

  response = $x
}
