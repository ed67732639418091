// judgement: see docs/language-decisions.md#lib-null-input
function "lib_timestamp_month_null" {
  input {
  }

  stack {
    var $x {
      value = null|timestamp_month|is_int
    }
  }

  response = $x
}
