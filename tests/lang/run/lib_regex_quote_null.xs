// judgement: see docs/language-decisions.md#lib-filters-null
function "lib_regex_quote_null" {
  input {
  }

  stack {
    var $x {
      value = null|regex_quote
    }
  }

  response = $x
}
