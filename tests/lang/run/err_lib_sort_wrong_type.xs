// judgement: see docs/language-decisions.md#lib-type-errors
function "err_lib_sort_wrong_type" {
  input {
  }

  stack {
    var $x {
      value = "cba"|sort
    }
  }

  response = $x
}
