// judgement: see docs/language-decisions.md#numbers
function "math_div_statement_inexact" {
  input {
  }

  stack {
    var $x {
      value = 7
    }
    math.div $x {
      value = 2
    }
  }

  response = $x
}
