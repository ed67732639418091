// judgement: see docs/language-decisions.md#numbers
function "math_add_statement_decimal" {
  input {
  }

  stack {
    var $x {
      value = 1.25
    }
    math.add $x {
      value = 0.75
    }
  }

  response = $x
}
