// judgement: see docs/language-decisions.md#sprintf
function "filter_sprintf_decimal_places" {
  input {
  }

  stack {
    var $x {
      value = "%.2f"|sprintf:3.14159
    }
  }

  response = $x
}
