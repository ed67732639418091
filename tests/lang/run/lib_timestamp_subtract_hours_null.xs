// judgement: see docs/language-decisions.md#lib-null-input
function "lib_timestamp_subtract_hours_null" {
  input {
  }

  stack {
    var $x {
      value = null|timestamp_subtract_hours:1|is_int
    }
  }

  response = $x
}
