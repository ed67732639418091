// judgement: see docs/language-decisions.md#lib-null-input
function "lib_timestamp_hour_null" {
  input {
  }

  stack {
    var $x {
      value = null|timestamp_hour|is_int
    }
  }

  response = $x
}
