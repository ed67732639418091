// judgement: see docs/language-decisions.md#lib-regex
function "err_lib_regex_matches_null" {
  input {
  }

  stack {
    var $x {
      value = null|regex_matches:"abc"
    }
  }

  response = $x
}
