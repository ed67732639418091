// judgement: see docs/language-decisions.md#applied-descriptions
function "op_precedence_mul_before_add" {
  input {
  }

  stack {
    var $x {
      value = 2 + 3 * 4
    }
  }

  response = $x
}
