// judgement: see docs/language-decisions.md#lib-null-input
function "lib_timestamp_epoch_minute_null" {
  input {
  }

  stack {
    var $x {
      value = null|timestamp_epoch_minute|is_int
    }
  }

  response = $x
}
