// judgement: see docs/language-decisions.md#lib-relative-time
function "lib_transform_timestamp_combined" {
  input {
  }

  stack {
    var $x {
      value = 1692132330000|transform_timestamp:"+1 day +2 hours"
    }
  }

  response = $x
}
