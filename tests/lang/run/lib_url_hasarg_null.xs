// judgement: see docs/language-decisions.md#lib-null-input
function "lib_url_hasarg_null" {
  input {
  }

  stack {
    var $x {
      value = null|url_hasarg:"a"
    }
  }

  response = $x
}
