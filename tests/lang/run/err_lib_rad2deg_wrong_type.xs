// judgement: see docs/language-decisions.md#lib-type-errors
function "err_lib_rad2deg_wrong_type" {
  input {
  }

  stack {
    var $x {
      value = [1]|rad2deg
    }
  }

  response = $x
}
