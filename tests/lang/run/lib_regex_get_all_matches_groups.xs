// judgement: see docs/language-decisions.md#lib-regex
function "lib_regex_get_all_matches_groups" {
  input {
  }

  stack {
    var $x {
      value = '/(\d)([a-z])/'|regex_get_all_matches:"1a 2b 3"
    }
  }

  response = $x
}
