// judgement: see docs/language-decisions.md#numbers
function "filter_is_decimal_int_false" {
  input {
  }

  stack {
    var $x {
      value = 123|is_decimal
    }
  }

  response = $x
}
