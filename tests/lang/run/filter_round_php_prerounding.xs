// judgement: see docs/language-decisions.md#numbers
function "filter_round_php_prerounding" {
  input {
  }

  stack {
    var $x {
      value = -3.55|round:1
    }
  }

  response = $x
}
