// judgement: see docs/language-decisions.md#numbers
function "filter_round_half_up" {
  input {
  }

  stack {
    var $x {
      value = 2.5|round
    }
  }

  response = $x
}
