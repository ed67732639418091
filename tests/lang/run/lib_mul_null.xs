// judgement: see docs/language-decisions.md#lib-null-input
function "lib_mul_null" {
  input {
  }

  stack {
    var $x {
      value = null|mul:2
    }
  }

  response = $x
}
