// judgement: see docs/language-decisions.md#lib-type-errors
function "err_lib_regex_quote_wrong_type" {
  input {
  }

  stack {
    var $x {
      value = {a: 1}|regex_quote
    }
  }

  response = $x
}
