// judgement: see docs/language-decisions.md#lib-regex
function "lib_regex_replace_backrefs" {
  input {
  }

  stack {
    var $x {
      value = '/(\w+) (\w+)/'|regex_replace:'$2 ${1} \1':"hello world"
    }
  }

  response = $x
}
