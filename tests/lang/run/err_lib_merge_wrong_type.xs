// judgement: see docs/language-decisions.md#lib-type-errors
function "err_lib_merge_wrong_type" {
  input {
  }

  stack {
    var $x {
      value = "a"|merge:[1]
    }
  }

  response = $x
}
