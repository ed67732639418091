// judgement: see docs/language-decisions.md#lib-regex
function "err_lib_regex_matches_backtrack_limit" {
  input {
  }

  stack {
    var $x {
      value = '/(a+)+$/'|regex_matches:"aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaab"
    }
  }

  response = $x
}
