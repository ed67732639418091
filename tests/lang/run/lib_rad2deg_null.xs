// judgement: see docs/language-decisions.md#lib-null-input
function "lib_rad2deg_null" {
  input {
  }

  stack {
    var $x {
      value = null|rad2deg
    }
  }

  response = $x
}
