// judgement: see docs/language-decisions.md#numbers
function "op_multiply_decimal_whole" {
  input {
  }

  stack {
    var $x {
      value = 2.5 * 4
    }
  }

  response = $x
}
