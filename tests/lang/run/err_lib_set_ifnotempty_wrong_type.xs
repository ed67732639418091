// judgement: see docs/language-decisions.md#lib-type-errors
function "err_lib_set_ifnotempty_wrong_type" {
  input {
  }

  stack {
    var $x {
      value = "s"|set_ifnotempty:"a":1
    }
  }

  response = $x
}
