// judgement: see docs/language-decisions.md#truthiness
function "op_ternary_null_falsy" {
  input {
  }

  stack {
    var $x {
      value = null ? "yes" : "no"
    }
  }

  response = $x
}
