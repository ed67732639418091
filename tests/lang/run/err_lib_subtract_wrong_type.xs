// judgement: see docs/language-decisions.md#lib-type-errors
function "err_lib_subtract_wrong_type" {
  input {
  }

  stack {
    var $x {
      value = [1]|subtract:2
    }
  }

  response = $x
}
