// judgement: see docs/language-decisions.md#lib-regex
function "lib_regex_replace_null_subject" {
  input {
  }

  stack {
    var $x {
      value = "/a/"|regex_replace:"b":null
    }
  }

  response = $x
}
