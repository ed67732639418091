// judgement: see docs/language-decisions.md#equality
function "op_loose_eq_zero_null" {
  input {
  }

  stack {
    var $x {
      value = 0 == null
    }
  }

  response = $x
}
