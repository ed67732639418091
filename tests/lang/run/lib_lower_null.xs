// judgement: see docs/language-decisions.md#lib-null-input
function "lib_lower_null" {
  input {
  }

  stack {
    var $x {
      value = null|lower
    }
  }

  response = $x
}
