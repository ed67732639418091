// judgement: see docs/language-decisions.md#applied-descriptions
function "lib_timestamp_day_of_week_example2" {
  input {
  }

  stack {
    var $x {
      value = 1692132330000|timestamp_day_of_week
    }
  }

  response = $x
}
