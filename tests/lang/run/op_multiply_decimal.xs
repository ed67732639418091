// judgement: see docs/language-decisions.md#numbers
function "op_multiply_decimal" {
  input {
  }

  stack {
    var $x {
      value = 1.5 * 3
    }
  }

  response = $x
}
