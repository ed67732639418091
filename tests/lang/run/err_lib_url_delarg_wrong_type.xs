// judgement: see docs/language-decisions.md#lib-type-errors
function "err_lib_url_delarg_wrong_type" {
  input {
  }

  stack {
    var $x {
      value = {a: 1}|url_delarg:"a"
    }
  }

  response = $x
}
