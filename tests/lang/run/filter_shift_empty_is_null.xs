// judgement: see docs/language-decisions.md#shift
function "filter_shift_empty_is_null" {
  input {
  }

  stack {
    var $x {
      value = []|shift
    }
  }

  response = $x
}
