// judgement: see docs/language-decisions.md#lib-null-input
function "lib_not_equals_null" {
  input {
  }

  stack {
    var $x {
      value = null|not_equals:0
    }
  }

  response = $x
}
