// judgement: see docs/language-decisions.md#lib-type-errors
function "err_lib_push_wrong_type" {
  input {
  }

  stack {
    var $x {
      value = "a"|push:1
    }
  }

  response = $x
}
