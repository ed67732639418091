// judgement: see docs/language-decisions.md#lib-type-errors
function "err_lib_sum_wrong_type" {
  input {
  }

  stack {
    var $x {
      value = "a"|sum
    }
  }

  response = $x
}
