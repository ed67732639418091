// judgement: see docs/language-decisions.md#lib-regex
function "lib_regex_matches_flags" {
  input {
  }

  stack {
    var $x {
      value = '/^HELLO\s+\w+$/i'|regex_matches:"hello world"
    }
  }

  response = $x
}
