// judgement: see docs/language-decisions.md#lib-null-input
function "lib_timestamp_week_null" {
  input {
  }

  stack {
    var $x {
      value = null|timestamp_week|is_int
    }
  }

  response = $x
}
