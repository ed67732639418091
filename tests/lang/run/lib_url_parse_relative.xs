// judgement: see docs/language-decisions.md#lib-encoding
function "lib_url_parse_relative" {
  input {
  }

  stack {
    var $x {
      value = "/path/only?x=1"|url_parse
    }
  }

  response = $x
}
