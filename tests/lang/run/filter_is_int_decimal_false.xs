// judgement: see docs/language-decisions.md#numbers
function "filter_is_int_decimal_false" {
  input {
  }

  stack {
    var $x {
      value = 123.45|is_int
    }
  }

  response = $x
}
