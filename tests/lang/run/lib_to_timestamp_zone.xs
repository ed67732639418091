// judgement: see docs/language-decisions.md#lib-time-zones
function "lib_to_timestamp_zone" {
  input {
  }

  stack {
    var $x {
      value = "2023-08-15 13:45:30"|to_timestamp:"America/Los_Angeles"
    }
  }

  response = $x
}
