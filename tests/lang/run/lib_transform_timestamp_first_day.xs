// judgement: see docs/language-decisions.md#lib-relative-time
function "lib_transform_timestamp_first_day" {
  input {
  }

  stack {
    var $x {
      value = 1692132330000|transform_timestamp:"first day of next month"
    }
  }

  response = $x
}
