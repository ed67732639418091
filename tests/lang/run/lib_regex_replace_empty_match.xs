// judgement: see docs/language-decisions.md#lib-regex
function "lib_regex_replace_empty_match" {
  input {
  }

  stack {
    var $x {
      value = "/x*/"|regex_replace:"-":"abc"
    }
  }

  response = $x
}
