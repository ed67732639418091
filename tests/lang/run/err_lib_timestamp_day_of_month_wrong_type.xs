// judgement: see docs/language-decisions.md#lib-type-errors
function "err_lib_timestamp_day_of_month_wrong_type" {
  input {
  }

  stack {
    var $x {
      value = [1]|timestamp_day_of_month
    }
  }

  response = $x
}
