// judgement: see docs/language-decisions.md#division-by-zero
function "err_op_divide_by_zero_variable" {
  input {
  }

  stack {
    var $d {
      value = 0
    }
    var $x {
      value = 10 / $d
    }
  }

  response = $x
}
