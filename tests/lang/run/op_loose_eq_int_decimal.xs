// judgement: see docs/language-decisions.md#equality
function "op_loose_eq_int_decimal" {
  input {
  }

  stack {
    var $x {
      value = 1 == 1.0
    }
  }

  response = $x
}
