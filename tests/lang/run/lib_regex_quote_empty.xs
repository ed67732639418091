// judgement: see docs/language-decisions.md#lib-filters-null
function "lib_regex_quote_empty" {
  input {
  }

  stack {
    var $x {
      value = ""|regex_quote:"#"
    }
  }

  response = $x
}
