// judgement: see docs/language-decisions.md#lib-type-errors
function "err_lib_mul_wrong_type" {
  input {
  }

  stack {
    var $x {
      value = [1]|mul:2
    }
  }

  response = $x
}
