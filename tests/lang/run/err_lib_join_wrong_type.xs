// judgement: see docs/language-decisions.md#lib-type-errors
function "err_lib_join_wrong_type" {
  input {
  }

  stack {
    var $x {
      value = "a"|join:","
    }
  }

  response = $x
}
