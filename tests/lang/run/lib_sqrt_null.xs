// judgement: see docs/language-decisions.md#lib-null-input
function "lib_sqrt_null" {
  input {
  }

  stack {
    var $x {
      value = null|sqrt
    }
  }

  response = $x
}
