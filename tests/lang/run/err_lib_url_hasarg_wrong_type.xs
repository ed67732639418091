// judgement: see docs/language-decisions.md#lib-type-errors
function "err_lib_url_hasarg_wrong_type" {
  input {
  }

  stack {
    var $x {
      value = [1]|url_hasarg:"a"
    }
  }

  response = $x
}
