// judgement: see docs/language-decisions.md#lib-null-input
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
