// judgement: see docs/language-decisions.md#lib-regex
function "err_lib_regex_matches_invalid" {
  input {
  }

  stack {
    var $x {
      value = "/a(b/"|regex_matches:"ab"
    }
  }

  response = $x
}
