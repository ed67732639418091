// judgement: see docs/language-decisions.md#applied-descriptions
function "filter_reverse_empty" {
  input {
  }

  stack {
    var $x {
      value = []|reverse
    }
  }

  response = $x
}
