// judgement: see docs/language-decisions.md#empty-collections
function "err_lib_deg2rad_empty" {
  input {
  }

  stack {
    var $x {
      value = ""|deg2rad
    }
  }

  response = $x
}
