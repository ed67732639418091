// judgement: see docs/language-decisions.md#lib-type-errors
function "err_lib_pow_wrong_type" {
  input {
  }

  stack {
    var $x {
      value = [1]|pow:2
    }
  }

  response = $x
}
