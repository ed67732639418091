// judgement: see docs/language-decisions.md#lib-filters-null
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
