// judgement: see docs/language-decisions.md#applied-descriptions
function "lib_timestamp_subtract_minutes_example2" {
  input {
  }

  stack {
    var $x {
      value = 0|timestamp_subtract_minutes:2
    }
  }

  response = $x
}
