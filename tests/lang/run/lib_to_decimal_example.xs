// judgement: see docs/language-decisions.md#conversions
function "lib_to_decimal_example" {
  input {
  }

  stack {
    var $x {
      value = "2.5"|to_decimal
    }
  }

  response = $x
}
