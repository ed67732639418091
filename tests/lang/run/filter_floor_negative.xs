// judgement: see docs/language-decisions.md#numbers
function "filter_floor_negative" {
  input {
  }

  stack {
    var $x {
      value = -2.5|floor
    }
  }

  response = $x
}
