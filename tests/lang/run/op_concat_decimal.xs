// judgement: see docs/language-decisions.md#concatenation
function "op_concat_decimal" {
  input {
  }

  stack {
    var $x {
      value = "x=" ~ 1.5
    }
  }

  response = $x
}
