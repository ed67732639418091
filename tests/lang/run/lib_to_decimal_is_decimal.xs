// judgement: see docs/language-decisions.md#numbers
function "lib_to_decimal_is_decimal" {
  input {
  }

  stack {
    var $x {
      value = 5|to_decimal|is_decimal
    }
  }

  response = $x
}
