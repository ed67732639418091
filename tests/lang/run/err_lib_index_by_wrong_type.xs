// judgement: see docs/language-decisions.md#lib-type-errors
function "err_lib_index_by_wrong_type" {
  input {
  }

  stack {
    var $x {
      value = "a"|index_by:"g"
    }
  }

  response = $x
}
