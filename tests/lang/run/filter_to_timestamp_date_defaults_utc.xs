// judgement: see docs/language-decisions.md#timestamps
function "filter_to_timestamp_date_defaults_utc" {
  input {
  }

  stack {
    var $x {
      value = "2000-01-01"|to_timestamp
    }
  }

  response = $x
}
