// judgement: see docs/language-decisions.md#conversions
function "filter_to_int_true" {
  input {
  }

  stack {
    var $x {
      value = true|to_int
    }
  }

  response = $x
}
