// judgement: see docs/language-decisions.md#lib-type-errors
function "err_lib_avg_wrong_type" {
  input {
  }

  stack {
    var $x {
      value = 5|avg
    }
  }

  response = $x
}
