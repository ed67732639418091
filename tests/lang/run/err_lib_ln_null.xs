// judgement: see docs/language-decisions.md#lib-null-input
function "err_lib_ln_null" {
  input {
  }

  stack {
    var $x {
      value = null|ln
    }
  }

  response = $x
}
