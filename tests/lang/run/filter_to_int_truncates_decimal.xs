// judgement: see docs/language-decisions.md#conversions
function "filter_to_int_truncates_decimal" {
  input {
  }

  stack {
    var $x {
      value = 3.99|to_int
    }
  }

  response = $x
}
