// judgement: see docs/language-decisions.md#lib-null-input
function "lib_not_null" {
  input {
  }

  stack {
    var $x {
      value = null|not
    }
  }

  response = $x
}
