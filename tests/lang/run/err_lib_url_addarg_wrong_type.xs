// judgement: see docs/language-decisions.md#lib-type-errors
function "err_lib_url_addarg_wrong_type" {
  input {
  }

  stack {
    var $x {
      value = [1]|url_addarg:"a":1
    }
  }

  response = $x
}
