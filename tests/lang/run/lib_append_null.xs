// judgement: see docs/language-decisions.md#lib-null-input
function "lib_append_null" {
  input {
  }

  stack {
    var $x {
      value = null|append:3
    }
  }

  response = $x
}
