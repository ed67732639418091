// judgement: see docs/language-decisions.md#applied-descriptions
function "lib_timestamp_week_example2" {
  input {
  }

  stack {
    var $x {
      value = 1692132330000|timestamp_week
    }
  }

  response = $x
}
