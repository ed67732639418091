// judgement: see docs/language-decisions.md#lib-type-errors
function "err_lib_add_ms_to_timestamp_wrong_type" {
  input {
  }

  stack {
    var $x {
      value = [1]|add_ms_to_timestamp:1
    }
  }

  response = $x
}
