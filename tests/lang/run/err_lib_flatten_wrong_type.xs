// judgement: see docs/language-decisions.md#lib-type-errors
function "err_lib_flatten_wrong_type" {
  input {
  }

  stack {
    var $x {
      value = "a"|flatten
    }
  }

  response = $x
}
