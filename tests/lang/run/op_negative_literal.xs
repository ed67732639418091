// judgement: see docs/language-decisions.md#applied-descriptions
function "op_negative_literal" {
  input {
  }

  stack {
    var $x {
      value = -5 + 2
    }
  }

  response = $x
}
