// judgement: see docs/language-decisions.md#numbers
function "lib_round_half_up" {
  input {
  }

  stack {
    var $x {
      value = 2.5|round
    }
  }

  response = $x
}
