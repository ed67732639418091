// judgement: see docs/language-decisions.md#truthiness
function "op_ternary_decimal_truthy" {
  input {
  }

  stack {
    var $x {
      value = 0.5 ? "yes" : "no"
    }
  }

  response = $x
}
