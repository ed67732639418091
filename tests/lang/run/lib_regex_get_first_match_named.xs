// judgement: see docs/language-decisions.md#lib-regex
function "lib_regex_get_first_match_named" {
  input {
  }

  stack {
    var $x {
      value = '/(?<year>\d{4})-(\d\d)/'|regex_get_first_match:"on 2024-05"
    }
  }

  response = $x
}
