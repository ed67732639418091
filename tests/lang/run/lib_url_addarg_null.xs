// judgement: see docs/language-decisions.md#lib-null-input
function "lib_url_addarg_null" {
  input {
  }

  stack {
    var $x {
      value = null|url_addarg:"a":1
    }
  }

  response = $x
}
