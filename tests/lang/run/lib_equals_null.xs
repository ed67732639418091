// judgement: see docs/language-decisions.md#lib-null-input
function "lib_equals_null" {
  input {
  }

  stack {
    var $x {
      value = null|equals:0
    }
  }

  response = $x
}
