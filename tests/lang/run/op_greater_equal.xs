// judgement: see docs/language-decisions.md#applied-descriptions
function "op_greater_equal" {
  input {
  }

  stack {
    var $x {
      value = 3 >= 3
    }
  }

  response = $x
}
