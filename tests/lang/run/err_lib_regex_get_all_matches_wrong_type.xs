// judgement: see docs/language-decisions.md#lib-type-errors
function "err_lib_regex_get_all_matches_wrong_type" {
  input {
  }

  stack {
    var $x {
      value = 123|regex_get_all_matches:"1"
    }
  }

  response = $x
}
