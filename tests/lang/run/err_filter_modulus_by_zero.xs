// judgement: see docs/language-decisions.md#division-by-zero
function "err_filter_modulus_by_zero" {
  input {
  }

  stack {
    var $x {
      value = 5|modulus:0
    }
  }

  response = null
}
