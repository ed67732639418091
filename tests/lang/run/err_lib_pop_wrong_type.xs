// judgement: see docs/language-decisions.md#lib-type-errors
function "err_lib_pop_wrong_type" {
  input {
  }

  stack {
    var $x {
      value = "abc"|pop
    }
  }

  response = $x
}
