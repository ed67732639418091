// judgement: see docs/language-decisions.md#lib-regex
function "lib_regex_get_first_match_none" {
  input {
  }

  stack {
    var $x {
      value = "/z/"|regex_get_first_match:"abc"
    }
  }

  response = $x
}
