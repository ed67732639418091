// judgement: see docs/language-decisions.md#lib-null-input
function "lib_url_delarg_empty" {
  input {
  }

  stack {
    var $x {
      value = ""|url_delarg:"a"
    }
  }

  response = $x
}
