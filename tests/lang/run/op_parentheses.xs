// judgement: see docs/language-decisions.md#applied-descriptions
function "op_parentheses" {
  input {
  }

  stack {
    var $x {
      value = (2 + 3) * 4
    }
  }

  response = $x
}
