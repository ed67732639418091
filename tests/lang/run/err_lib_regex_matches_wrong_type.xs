// judgement: see docs/language-decisions.md#lib-type-errors
function "err_lib_regex_matches_wrong_type" {
  input {
  }

  stack {
    var $x {
      value = [1]|regex_matches:"abc"
    }
  }

  response = $x
}
