// judgement: see docs/language-decisions.md#lib-encoding
function "lib_url_getarg_default" {
  input {
  }

  stack {
    var $x {
      value = "https://example.com?foo=bar"|url_getarg:"fiz":"none"
    }
  }

  response = $x
}
