// judgement: see docs/language-decisions.md#numbers
function "op_divide_inexact_decimal" {
  input {
  }

  stack {
    var $x {
      value = 7 / 2
    }
  }

  response = $x
}
