// judgement: see docs/language-decisions.md#timestamps
function "filter_format_timestamp_utc_time" {
  input {
  }

  stack {
    var $x {
      value = 1692132330000|format_timestamp:"H:i":"UTC"
    }
  }

  response = $x
}
