// judgement: see docs/language-decisions.md#lib-type-errors
function "err_lib_url_parse_wrong_type" {
  input {
  }

  stack {
    var $x {
      value = [1]|url_parse
    }
  }

  response = $x
}
