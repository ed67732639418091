// judgement: see docs/language-decisions.md#conversions
function "filter_to_bool_empty_text" {
  input {
  }

  stack {
    var $x {
      value = ""|to_bool
    }
  }

  response = $x
}
