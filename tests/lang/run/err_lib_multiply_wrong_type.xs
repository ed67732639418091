// judgement: see docs/language-decisions.md#lib-type-errors
function "err_lib_multiply_wrong_type" {
  input {
  }

  stack {
    var $x {
      value = [1]|multiply:2
    }
  }

  response = $x
}
