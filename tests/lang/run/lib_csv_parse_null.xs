// judgement: see docs/language-decisions.md#lib-null-input
function "lib_csv_parse_null" {
  input {
  }

  stack {
    var $x {
      value = null|csv_parse
    }
  }

  response = $x
}
