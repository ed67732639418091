// judgement: see docs/language-decisions.md#lib-null-input
function "lib_sprintf_null" {
  input {
  }

  stack {
    var $x {
      value = null|sprintf
    }
  }

  response = $x
}
