// judgement: see docs/language-decisions.md#timestamps
function "filter_to_timestamp_with_zone" {
  input {
  }

  stack {
    var $x {
      value = "2023-08-15 13:45:30"|to_timestamp:"America/Los_Angeles"
    }
  }

  response = $x
}
