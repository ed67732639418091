// judgement: see docs/language-decisions.md#lib-type-errors
function "err_lib_timestamp_day_of_week_wrong_type" {
  input {
  }

  stack {
    var $x {
      value = [1]|timestamp_day_of_week
    }
  }

  response = $x
}
