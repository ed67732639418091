// judgement: see docs/language-decisions.md#applied-descriptions
function "lib_is_decimal_false" {
  input {
  }

  stack {
    var $x {
      value = 1|is_decimal
    }
  }

  response = $x
}
