// judgement: see docs/language-decisions.md#equality
function "op_strict_eq_null_false" {
  input {
  }

  stack {
    var $x {
      value = null === false
    }
  }

  response = $x
}
