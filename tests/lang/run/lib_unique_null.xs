// judgement: see docs/language-decisions.md#lib-null-input
function "lib_unique_null" {
  input {
  }

  stack {
    var $x {
      value = null|unique
    }
  }

  response = $x
}
