// judgement: see docs/language-decisions.md#timestamps
function "err_lib_to_timestamp_invalid" {
  input {
  }

  stack {
    var $x {
      value = "not a date"|to_timestamp
    }
  }

  response = $x
}
