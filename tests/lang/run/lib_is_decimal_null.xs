// judgement: see docs/language-decisions.md#lib-null-input
function "lib_is_decimal_null" {
  input {
  }

  stack {
    var $x {
      value = null|is_decimal
    }
  }

  response = $x
}
