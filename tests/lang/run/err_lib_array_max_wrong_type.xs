// judgement: see docs/language-decisions.md#lib-type-errors
function "err_lib_array_max_wrong_type" {
  input {
  }

  stack {
    var $x {
      value = "a"|array_max
    }
  }

  response = $x
}
