// judgement: see docs/language-decisions.md#lib-type-errors
function "err_lib_timestamp_subtract_years_wrong_type" {
  input {
  }

  stack {
    var $x {
      value = [1]|timestamp_subtract_years:1
    }
  }

  response = $x
}
