// judgement: see docs/language-decisions.md#lib-null-input
function "lib_capitalize_null" {
  input {
  }

  stack {
    var $x {
      value = null|capitalize
    }
  }

  response = $x
}
