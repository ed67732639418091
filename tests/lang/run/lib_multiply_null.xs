// judgement: see docs/language-decisions.md#lib-null-input
function "lib_multiply_null" {
  input {
  }

  stack {
    var $x {
      value = null|multiply:2
    }
  }

  response = $x
}
