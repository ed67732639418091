// judgement: see docs/language-decisions.md#lib-regex
function "lib_regex_matches_empty_subject" {
  input {
  }

  stack {
    var $x {
      value = "/a/"|regex_matches:""
    }
  }

  response = $x
}
