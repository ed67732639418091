// judgement: see docs/language-decisions.md#lib-type-errors
function "err_lib_ln_wrong_type" {
  input {
  }

  stack {
    var $x {
      value = [1]|ln
    }
  }

  response = $x
}
