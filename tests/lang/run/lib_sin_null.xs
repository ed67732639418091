// judgement: see docs/language-decisions.md#lib-null-input
function "lib_sin_null" {
  input {
  }

  stack {
    var $x {
      value = null|sin
    }
  }

  response = $x
}
