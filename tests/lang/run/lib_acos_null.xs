// judgement: see docs/language-decisions.md#lib-null-input
function "lib_acos_null" {
  input {
  }

  stack {
    var $x {
      value = null|acos
    }
  }

  response = $x
}
