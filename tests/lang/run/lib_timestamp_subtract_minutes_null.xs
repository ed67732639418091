// judgement: see docs/language-decisions.md#lib-null-input
function "lib_timestamp_subtract_minutes_null" {
  input {
  }

  stack {
    var $x {
      value = null|timestamp_subtract_minutes:1|is_int
    }
  }

  response = $x
}
