// judgement: see docs/language-decisions.md#applied-descriptions
function "lib_timestamp_hour_example2" {
  input {
  }

  stack {
    var $x {
      value = 1692132330000|timestamp_hour
    }
  }

  response = $x
}
