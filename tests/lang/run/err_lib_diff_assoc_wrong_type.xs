// judgement: see docs/language-decisions.md#lib-type-errors
function "err_lib_diff_assoc_wrong_type" {
  input {
  }

  stack {
    var $x {
      value = "a"|diff_assoc:[1]
    }
  }

  response = $x
}
