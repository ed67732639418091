// judgement: see docs/language-decisions.md#lib-null-input
function "lib_add_ms_to_timestamp_null" {
  input {
  }

  stack {
    var $x {
      value = null|add_ms_to_timestamp:1|is_int
    }
  }

  response = $x
}
