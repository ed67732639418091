// judgement: see docs/language-decisions.md#truthiness
function "filter_not_falsy_zero" {
  input {
  }

  stack {
    var $x {
      value = 0|not
    }
  }

  response = $x
}
