// judgement: see docs/language-decisions.md#applied-descriptions
function "filter_sum_empty" {
  input {
  }

  stack {
    var $x {
      value = []|sum
    }
  }

  response = $x
}
