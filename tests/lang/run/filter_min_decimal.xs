// judgement: see docs/language-decisions.md#applied-descriptions
function "filter_min_decimal" {
  input {
  }

  stack {
    var $x {
      value = 1.5|min:2
    }
  }

  response = $x
}
