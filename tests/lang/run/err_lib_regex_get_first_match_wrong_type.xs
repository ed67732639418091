// judgement: see docs/language-decisions.md#lib-type-errors
function "err_lib_regex_get_first_match_wrong_type" {
  input {
  }

  stack {
    var $x {
      value = "/a/"|regex_get_first_match:{a: 1}
    }
  }

  response = $x
}
