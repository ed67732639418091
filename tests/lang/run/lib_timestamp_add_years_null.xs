// judgement: see docs/language-decisions.md#lib-null-input
function "lib_timestamp_add_years_null" {
  input {
  }

  stack {
    var $x {
      value = null|timestamp_add_years:1|is_int
    }
  }

  response = $x
}
