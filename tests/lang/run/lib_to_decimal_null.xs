// judgement: see docs/language-decisions.md#lib-null-input
function "lib_to_decimal_null" {
  input {
  }

  stack {
    var $x {
      value = null|to_decimal
    }
  }

  response = $x
}
