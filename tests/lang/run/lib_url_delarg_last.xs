// judgement: see docs/language-decisions.md#lib-encoding
function "lib_url_delarg_last" {
  input {
  }

  stack {
    var $x {
      value = "https://x.io/?a=1#f"|url_delarg:"a"
    }
  }

  response = $x
}
