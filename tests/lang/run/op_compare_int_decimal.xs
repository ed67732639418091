// judgement: see docs/language-decisions.md#equality
function "op_compare_int_decimal" {
  input {
  }

  stack {
    var $x {
      value = 2 < 2.5
    }
  }

  response = $x
}
