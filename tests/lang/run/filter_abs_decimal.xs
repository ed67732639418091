// judgement: see docs/language-decisions.md#applied-descriptions
function "filter_abs_decimal" {
  input {
  }

  stack {
    var $x {
      value = -2.5|abs
    }
  }

  response = $x
}
