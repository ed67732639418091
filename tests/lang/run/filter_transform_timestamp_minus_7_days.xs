// judgement: see docs/language-decisions.md#timestamps
function "filter_transform_timestamp_minus_7_days" {
  input {
  }

  stack {
    var $x {
      value = "2023-08-15T20:45:30.000Z"|transform_timestamp:"-7 days":"America/Los_Angeles"
    }
  }

  response = $x
}
