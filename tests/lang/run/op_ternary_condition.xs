// judgement: see docs/language-decisions.md#applied-descriptions
function "op_ternary_condition" {
  input {
  }

  stack {
    var $x {
      value = (1 > 2) ? "yes" : "no"
    }
  }

  response = $x
}
