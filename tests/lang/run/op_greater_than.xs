// judgement: see docs/language-decisions.md#applied-descriptions
function "op_greater_than" {
  input {
  }

  stack {
    var $x {
      value = 5 > 3
    }
  }

  response = $x
}
