// judgement: see docs/language-decisions.md#applied-descriptions
function "lib_timestamp_subtract_hours_example2" {
  input {
  }

  stack {
    var $x {
      value = 0|timestamp_subtract_hours:2
    }
  }

  response = $x
}
