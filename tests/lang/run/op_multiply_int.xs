// judgement: see docs/language-decisions.md#applied-descriptions
function "op_multiply_int" {
  input {
  }

  stack {
    var $x {
      value = 6 * 7
    }
  }

  response = $x
}
