// judgement: see docs/language-decisions.md#lib-type-errors
function "err_lib_filter_empty_text_wrong_type" {
  input {
  }

  stack {
    var $x {
      value = 5|filter_empty_text
    }
  }

  response = $x
}
