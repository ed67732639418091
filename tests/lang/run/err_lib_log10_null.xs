// judgement: see docs/language-decisions.md#lib-null-input
function "err_lib_log10_null" {
  input {
  }

  stack {
    var $x {
      value = null|log10
    }
  }

  response = $x
}
