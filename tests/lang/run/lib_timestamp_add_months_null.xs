// judgement: see docs/language-decisions.md#lib-null-input
function "lib_timestamp_add_months_null" {
  input {
  }

  stack {
    var $x {
      value = null|timestamp_add_months:1|is_int
    }
  }

  response = $x
}
