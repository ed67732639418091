// judgement: see docs/language-decisions.md#lib-type-errors
function "err_lib_deg2rad_wrong_type" {
  input {
  }

  stack {
    var $x {
      value = [1]|deg2rad
    }
  }

  response = $x
}
