// judgement: see docs/language-decisions.md#lib-timestamp-fields
function "lib_timestamp_add_hours_example" {
  input {
  }

  stack {
    var $x {
      value = 1692132330000|timestamp_add_hours:2
    }
  }

  response = $x
}
