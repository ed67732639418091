// judgement: see docs/language-decisions.md#division-by-zero
function "err_math_div_statement_by_zero" {
  input {
  }

  stack {
    var $x {
      value = 10
    }
    math.div $x {
      value = 0
    }
  }

  response = $x
}
