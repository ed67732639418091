// judgement: see docs/language-decisions.md#lib-null-input
function "lib_timestamp_day_of_week_null" {
  input {
  }

  stack {
    var $x {
      value = null|timestamp_day_of_week|is_int
    }
  }

  response = $x
}
