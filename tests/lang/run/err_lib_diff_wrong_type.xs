// judgement: see docs/language-decisions.md#lib-type-errors
function "err_lib_diff_wrong_type" {
  input {
  }

  stack {
    var $x {
      value = "a"|diff:[1]
    }
  }

  response = $x
}
