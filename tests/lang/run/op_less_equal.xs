// judgement: see docs/language-decisions.md#applied-descriptions
function "op_less_equal" {
  input {
  }

  stack {
    var $x {
      value = 2 <= 1
    }
  }

  response = $x
}
