// judgement: see docs/language-decisions.md#lib-null-input
function "lib_deg2rad_null" {
  input {
  }

  stack {
    var $x {
      value = null|deg2rad
    }
  }

  response = $x
}
