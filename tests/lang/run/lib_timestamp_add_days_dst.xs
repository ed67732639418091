// judgement: see docs/language-decisions.md#lib-timestamp-fields
function "lib_timestamp_add_days_dst" {
  input {
  }

  stack {
    var $x {
      value = 1678546800000|timestamp_add_days:1:"America/New_York"
    }
  }

  response = $x
}
