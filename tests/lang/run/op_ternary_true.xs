// judgement: see docs/language-decisions.md#applied-descriptions
function "op_ternary_true" {
  input {
  }

  stack {
    var $x {
      value = true ? "yes" : "no"
    }
  }

  response = $x
}
