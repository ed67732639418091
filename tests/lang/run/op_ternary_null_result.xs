// judgement: see docs/language-decisions.md#applied-descriptions
function "op_ternary_null_result" {
  input {
  }

  stack {
    var $x {
      value = false ? "x" : null
    }
  }

  response = $x
}
