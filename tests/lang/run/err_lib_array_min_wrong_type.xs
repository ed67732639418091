// judgement: see docs/language-decisions.md#lib-type-errors
function "err_lib_array_min_wrong_type" {
  input {
  }

  stack {
    var $x {
      value = "a"|array_min
    }
  }

  response = $x
}
