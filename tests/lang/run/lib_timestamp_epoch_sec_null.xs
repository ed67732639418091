// judgement: see docs/language-decisions.md#lib-null-input
function "lib_timestamp_epoch_sec_null" {
  input {
  }

  stack {
    var $x {
      value = null|timestamp_epoch_sec|is_int
    }
  }

  response = $x
}
