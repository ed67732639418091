// judgement: see docs/language-decisions.md#lib-time-zones
function "lib_format_timestamp_far_future" {
  input {
  }

  stack {
    var $x {
      value = 4118083200000|format_timestamp:"Y-m-d H:i T":"America/New_York"
    }
  }

  response = $x
}
