// judgement: see docs/language-decisions.md#lib-type-errors
function "err_lib_add_secs_to_timestamp_wrong_type" {
  input {
  }

  stack {
    var $x {
      value = [1]|add_secs_to_timestamp:30
    }
  }

  response = $x
}
