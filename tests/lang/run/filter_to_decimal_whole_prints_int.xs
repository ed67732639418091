// judgement: see docs/language-decisions.md#numbers
function "filter_to_decimal_whole_prints_int" {
  input {
  }

  stack {
    var $x {
      value = 5|to_decimal
    }
  }

  response = $x
}
