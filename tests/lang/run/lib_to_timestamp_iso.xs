// judgement: see docs/language-decisions.md#timestamps
function "lib_to_timestamp_iso" {
  input {
  }

  stack {
    var $x {
      value = "2023-08-15T20:45:30.250Z"|to_timestamp
    }
  }

  response = $x
}
