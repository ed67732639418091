// judgement: see docs/language-decisions.md#lib-null-input
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
