// judgement: see docs/language-decisions.md#applied-descriptions
function "op_add_int" {
  input {
  }

  stack {
    var $x {
      value = 1 + 2
    }
  }

  response = $x
}
