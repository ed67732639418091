// judgement: see docs/language-decisions.md#applied-descriptions
function "op_and_precedence_over_or" {
  input {
  }

  stack {
    var $x {
      value = true || false && false
    }
  }

  response = $x
}
