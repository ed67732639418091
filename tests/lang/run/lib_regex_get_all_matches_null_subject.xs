// judgement: see docs/language-decisions.md#lib-regex
function "lib_regex_get_all_matches_null_subject" {
  input {
  }

  stack {
    var $x {
      value = "/a/"|regex_get_all_matches:null
    }
  }

  response = $x
}
