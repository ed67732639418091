// judgement: see docs/language-decisions.md#conversions
function "filter_to_int_non_numeric_is_zero" {
  input {
  }

  stack {
    var $x {
      value = "abc"|to_int
    }
  }

  response = $x
}
