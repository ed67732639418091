// judgement: see docs/language-decisions.md#lib-null-input
function "lib_subtract_null" {
  input {
  }

  stack {
    var $x {
      value = null|subtract:2
    }
  }

  response = $x
}
