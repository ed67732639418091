// judgement: see docs/language-decisions.md#lib-null-input
function "lib_escape_null" {
  input {
  }

  stack {
    var $x {
      value = null|escape
    }
  }

  response = $x
}
