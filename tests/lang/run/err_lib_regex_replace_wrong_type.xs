// judgement: see docs/language-decisions.md#lib-type-errors
function "err_lib_regex_replace_wrong_type" {
  input {
  }

  stack {
    var $x {
      value = "/a/"|regex_replace:"b":[1]
    }
  }

  response = $x
}
