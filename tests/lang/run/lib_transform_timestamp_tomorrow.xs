// judgement: see docs/language-decisions.md#lib-relative-time
function "lib_transform_timestamp_tomorrow" {
  input {
  }

  stack {
    var $x {
      value = 1692132330000|transform_timestamp:"tomorrow"
    }
  }

  response = $x
}
