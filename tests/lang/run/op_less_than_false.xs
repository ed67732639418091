// judgement: see docs/language-decisions.md#applied-descriptions
function "op_less_than_false" {
  input {
  }

  stack {
    var $x {
      value = 5 < 3
    }
  }

  response = $x
}
