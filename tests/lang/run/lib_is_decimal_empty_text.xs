// judgement: see docs/language-decisions.md#empty-collections
function "lib_is_decimal_empty_text" {
  input {
  }

  stack {
    var $x {
      value = ""|is_decimal
    }
  }

  response = $x
}
