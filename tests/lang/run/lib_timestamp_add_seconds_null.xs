// judgement: see docs/language-decisions.md#lib-null-input
function "lib_timestamp_add_seconds_null" {
  input {
  }

  stack {
    var $x {
      value = null|timestamp_add_seconds:1|is_int
    }
  }

  response = $x
}
