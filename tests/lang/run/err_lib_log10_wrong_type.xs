// judgement: see docs/language-decisions.md#lib-type-errors
function "err_lib_log10_wrong_type" {
  input {
  }

  stack {
    var $x {
      value = [1]|log10
    }
  }

  response = $x
}
