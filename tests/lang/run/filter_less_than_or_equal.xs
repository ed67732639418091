// judgement: see docs/language-decisions.md#applied-descriptions
function "filter_less_than_or_equal" {
  input {
  }

  stack {
    var $x {
      value = 2|less_than_or_equal:2
    }
  }

  response = $x
}
