// judgement: see docs/language-decisions.md#lib-type-errors
function "err_lib_abs_wrong_type" {
  input {
  }

  stack {
    var $x {
      value = "abc"|abs
    }
  }

  response = $x
}
