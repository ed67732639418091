// judgement: see docs/language-decisions.md#lib-null-input
function "err_lib_acosh_null" {
  input {
  }

  stack {
    var $x {
      value = null|acosh
    }
  }

  response = $x
}
