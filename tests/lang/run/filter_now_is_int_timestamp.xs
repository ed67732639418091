// judgement: see docs/language-decisions.md#timestamps
function "filter_now_is_int_timestamp" {
  input {
  }

  stack {
    var $x {
      value = now|is_int
    }
  }

  response = $x
}
