// judgement: see docs/language-decisions.md#lib-type-errors
function "err_lib_set_ifnotnull_wrong_type" {
  input {
  }

  stack {
    var $x {
      value = 5|set_ifnotnull:"a":1
    }
  }

  response = $x
}
