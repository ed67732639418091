// judgement: see docs/language-decisions.md#applied-descriptions
function "op_subtract_negative_result" {
  input {
  }

  stack {
    var $x {
      value = 3 - 10
    }
  }

  response = $x
}
