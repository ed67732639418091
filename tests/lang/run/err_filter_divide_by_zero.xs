// judgement: see docs/language-decisions.md#division-by-zero
function "err_filter_divide_by_zero" {
  input {
  }

  stack {
    var $x {
      value = 1|divide:0
    }
  }

  response = null
}
