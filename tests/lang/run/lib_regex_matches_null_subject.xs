// judgement: see docs/language-decisions.md#lib-regex
function "lib_regex_matches_null_subject" {
  input {
  }

  stack {
    var $x {
      value = "/^$/"|regex_matches:null
    }
  }

  response = $x
}
