// judgement: see docs/language-decisions.md#lib-type-errors
function "err_lib_set_conditional_wrong_type" {
  input {
  }

  stack {
    var $x {
      value = 1.5|set_conditional:"a":1:true
    }
  }

  response = $x
}
