// judgement: see docs/language-decisions.md#lib-type-errors
function "err_lib_acos_wrong_type" {
  input {
  }

  stack {
    var $x {
      value = [1]|acos
    }
  }

  response = $x
}
