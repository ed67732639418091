// judgement: see docs/language-decisions.md#lib-null-input
function "err_lib_log_null" {
  input {
  }

  stack {
    var $x {
      value = null|log:2
    }
  }

  response = $x
}
