// judgement: see docs/language-decisions.md#lib-null-input
function "lib_timestamp_minute_null" {
  input {
  }

  stack {
    var $x {
      value = null|timestamp_minute|is_int
    }
  }

  response = $x
}
