// judgement: see docs/language-decisions.md#lib-type-errors
function "err_lib_filter_empty_array_wrong_type" {
  input {
  }

  stack {
    var $x {
      value = 5|filter_empty_array
    }
  }

  response = $x
}
