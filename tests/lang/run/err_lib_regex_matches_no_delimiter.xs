// judgement: see docs/language-decisions.md#lib-regex
function "err_lib_regex_matches_no_delimiter" {
  input {
  }

  stack {
    var $x {
      value = "abc"|regex_matches:"abc"
    }
  }

  response = $x
}
