// judgement: see docs/language-decisions.md#timestamps
function "filter_format_timestamp_utc_date" {
  input {
  }

  stack {
    var $x {
      value = 0|format_timestamp:"Y-m-d":"UTC"
    }
  }

  response = $x
}
