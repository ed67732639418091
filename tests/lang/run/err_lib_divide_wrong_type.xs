// judgement: see docs/language-decisions.md#lib-type-errors
function "err_lib_divide_wrong_type" {
  input {
  }

  stack {
    var $x {
      value = [1]|divide:2
    }
  }

  response = $x
}
