// judgement: see docs/language-decisions.md#applied-descriptions
function "lib_is_decimal_true" {
  input {
  }

  stack {
    var $x {
      value = 1.5|is_decimal
    }
  }

  response = $x
}
