// judgement: see docs/language-decisions.md#lib-regex
function "lib_regex_get_first_match_empty" {
  input {
  }

  stack {
    var $x {
      value = "/x?/"|regex_get_first_match:""
    }
  }

  response = $x
}
