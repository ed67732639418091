// judgement: see docs/language-decisions.md#timestamps
function "filter_transform_timestamp_plus_1_day" {
  input {
  }

  stack {
    var $x {
      value = 1692132330000|transform_timestamp:"+1 day":"UTC"
    }
  }

  response = $x
}
