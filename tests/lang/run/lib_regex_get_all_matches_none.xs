// judgement: see docs/language-decisions.md#lib-regex
function "lib_regex_get_all_matches_none" {
  input {
  }

  stack {
    var $x {
      value = '/(\d)/'|regex_get_all_matches:"abc"
    }
  }

  response = $x
}
