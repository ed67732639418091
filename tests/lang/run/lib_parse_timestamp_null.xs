// judgement: see docs/language-decisions.md#lib-null-input
function "lib_parse_timestamp_null" {
  input {
  }

  stack {
    var $x {
      value = null|parse_timestamp:"Y-m-d"
    }
  }

  response = $x
}
