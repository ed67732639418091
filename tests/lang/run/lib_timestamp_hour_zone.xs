// judgement: see docs/language-decisions.md#lib-timestamp-fields
function "lib_timestamp_hour_zone" {
  input {
  }

  stack {
    var $x {
      value = 1692132330000|timestamp_hour:"America/New_York"
    }
  }

  response = $x
}
