// judgement: see docs/language-decisions.md#applied-descriptions
function "op_subtract" {
  input {
  }

  stack {
    var $x {
      value = 10 - 3
    }
  }

  response = $x
}
