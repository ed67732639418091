// judgement: see docs/language-decisions.md#lib-type-errors
function "err_lib_timestamp_add_seconds_wrong_type" {
  input {
  }

  stack {
    var $x {
      value = [1]|timestamp_add_seconds:1
    }
  }

  response = $x
}
