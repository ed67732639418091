// judgement: see docs/language-decisions.md#lib-null-input
function "lib_first_null" {
  input {
  }

  stack {
    var $x {
      value = null|first
    }
  }

  response = $x
}
