// judgement: see docs/language-decisions.md#lib-type-errors
function "err_lib_format_timestamp_wrong_type" {
  input {
  }

  stack {
    var $x {
      value = [1]|format_timestamp:"Y"
    }
  }

  response = $x
}
