// judgement: see docs/language-decisions.md#lib-type-errors
function "err_lib_min_wrong_type" {
  input {
  }

  stack {
    var $x {
      value = [1]|min:2
    }
  }

  response = $x
}
