// judgement: see docs/language-decisions.md#lib-encoding
function "lib_url_getarg_decoded" {
  input {
  }

  stack {
    var $x {
      value = "https://x.io?q=a%20b+c"|url_getarg:"q"
    }
  }

  response = $x
}
