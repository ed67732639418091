// judgement: see docs/language-decisions.md#lib-type-errors
function "err_lib_timestamp_subtract_months_wrong_type" {
  input {
  }

  stack {
    var $x {
      value = [1]|timestamp_subtract_months:1
    }
  }

  response = $x
}
