// judgement: see docs/language-decisions.md#timestamps
function "filter_to_timestamp_iso_utc" {
  input {
  }

  stack {
    var $x {
      value = "2023-08-15T20:45:30.000Z"|to_timestamp
    }
  }

  response = $x
}
