// judgement: see docs/language-decisions.md#empty-values
function "filter_first_notempty_zero" {
  input {
  }

  stack {
    var $x {
      value = 0|first_notempty:"x"
    }
  }

  response = $x
}
