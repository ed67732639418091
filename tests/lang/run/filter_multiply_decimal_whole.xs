// judgement: see docs/language-decisions.md#numbers
function "filter_multiply_decimal_whole" {
  input {
  }

  stack {
    var $x {
      value = 2.5|multiply:6
    }
  }

  response = $x
}
