// judgement: see docs/language-decisions.md#applied-descriptions
function "lib_timestamp_epoch_sec_example2" {
  input {
  }

  stack {
    var $x {
      value = 1692132330000|timestamp_epoch_sec
    }
  }

  response = $x
}
