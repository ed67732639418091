// judgement: see docs/language-decisions.md#lib-type-errors
function "err_lib_number_format_wrong_type" {
  input {
  }

  stack {
    var $x {
      value = [1]|number_format
    }
  }

  response = $x
}
