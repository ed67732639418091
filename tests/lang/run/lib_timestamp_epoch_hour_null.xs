// judgement: see docs/language-decisions.md#lib-null-input
function "lib_timestamp_epoch_hour_null" {
  input {
  }

  stack {
    var $x {
      value = null|timestamp_epoch_hour|is_int
    }
  }

  response = $x
}
