// judgement: see docs/language-decisions.md#lib-type-errors
function "err_lib_shift_wrong_type" {
  input {
  }

  stack {
    var $x {
      value = "abc"|shift
    }
  }

  response = $x
}
