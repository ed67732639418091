// judgement: see docs/language-decisions.md#lib-regex
function "lib_regex_quote_no_delimiter" {
  input {
  }

  stack {
    var $x {
      value = "1+1=2 (a/b)"|regex_quote
    }
  }

  response = $x
}
