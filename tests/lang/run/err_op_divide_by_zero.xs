// judgement: see docs/language-decisions.md#division-by-zero
function "err_op_divide_by_zero" {
  input {
  }

  stack {
    var $x {
      value = 1 / 0
    }
  }

  response = null
}
