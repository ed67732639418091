// judgement: see docs/language-decisions.md#lib-encoding
function "lib_url_hasarg_missing" {
  input {
  }

  stack {
    var $x {
      value = "https://example.com?foo=bar"|url_hasarg:"fiz"
    }
  }

  response = $x
}
