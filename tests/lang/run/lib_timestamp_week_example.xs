// judgement: see docs/language-decisions.md#lib-timestamp-fields
function "lib_timestamp_week_example" {
  input {
  }

  stack {
    var $x {
      value = 1692132330000|timestamp_week
    }
  }

  response = $x
}
