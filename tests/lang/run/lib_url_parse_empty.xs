// judgement: see docs/language-decisions.md#lib-null-input
function "lib_url_parse_empty" {
  input {
  }

  stack {
    var $x {
      value = ""|url_parse
    }
  }

  response = $x
}
