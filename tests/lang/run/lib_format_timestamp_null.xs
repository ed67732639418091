// judgement: see docs/language-decisions.md#lib-null-input
function "lib_format_timestamp_null" {
  input {
  }

  stack {
    var $x {
      value = null|format_timestamp:"Y"
    }
  }

  response = $x
}
