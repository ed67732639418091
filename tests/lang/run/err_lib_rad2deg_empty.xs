// judgement: see docs/language-decisions.md#empty-collections
function "err_lib_rad2deg_empty" {
  input {
  }

  stack {
    var $x {
      value = ""|rad2deg
    }
  }

  response = $x
}
