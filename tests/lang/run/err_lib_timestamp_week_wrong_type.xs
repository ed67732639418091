// judgement: see docs/language-decisions.md#lib-type-errors
function "err_lib_timestamp_week_wrong_type" {
  input {
  }

  stack {
    var $x {
      value = [1]|timestamp_week
    }
  }

  response = $x
}
