// judgement: see docs/language-decisions.md#timestamps
function "lib_format_timestamp_offset" {
  input {
  }

  stack {
    var $x {
      value = 0|format_timestamp:"Y-m-d H:i P":"-05:00"
    }
  }

  response = $x
}
