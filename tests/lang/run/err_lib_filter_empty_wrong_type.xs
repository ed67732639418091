// judgement: see docs/language-decisions.md#lib-type-errors
function "err_lib_filter_empty_wrong_type" {
  input {
  }

  stack {
    var $x {
      value = "a"|filter_empty
    }
  }

  response = $x
}
