// judgement: see docs/language-decisions.md#lib-null-input
function "lib_strlen_null" {
  input {
  }

  stack {
    var $x {
      value = null|strlen
    }
  }

  response = $x
}
