// judgement: see docs/language-decisions.md#lib-null-input
function "lib_url_getarg_null" {
  input {
  }

  stack {
    var $x {
      value = null|url_getarg:"a"
    }
  }

  response = $x
}
