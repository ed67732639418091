// judgement: see docs/language-decisions.md#lib-type-errors
function "err_lib_div_wrong_type" {
  input {
  }

  stack {
    var $x {
      value = [1]|div:2
    }
  }

  response = $x
}
