// judgement: see docs/language-decisions.md#numbers
function "op_decimal_literal_whole_prints_int" {
  input {
  }

  stack {
    var $x {
      value = 2.0
    }
  }

  response = $x
}
