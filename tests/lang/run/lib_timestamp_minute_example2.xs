// judgement: see docs/language-decisions.md#applied-descriptions
function "lib_timestamp_minute_example2" {
  input {
  }

  stack {
    var $x {
      value = 1692132330000|timestamp_minute
    }
  }

  response = $x
}
