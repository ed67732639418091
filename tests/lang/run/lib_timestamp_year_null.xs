// judgement: see docs/language-decisions.md#lib-null-input
function "lib_timestamp_year_null" {
  input {
  }

  stack {
    var $x {
      value = null|timestamp_year|is_int
    }
  }

  response = $x
}
