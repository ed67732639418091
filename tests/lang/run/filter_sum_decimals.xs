// judgement: see docs/language-decisions.md#numbers
function "filter_sum_decimals" {
  input {
  }

  stack {
    var $x {
      value = [1.5,2.5]|sum
    }
  }

  response = $x
}
