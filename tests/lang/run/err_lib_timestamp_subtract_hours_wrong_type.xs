// judgement: see docs/language-decisions.md#lib-type-errors
function "err_lib_timestamp_subtract_hours_wrong_type" {
  input {
  }

  stack {
    var $x {
      value = [1]|timestamp_subtract_hours:1
    }
  }

  response = $x
}
