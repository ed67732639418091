// judgement: see docs/language-decisions.md#lib-relative-time
function "lib_transform_timestamp_ago" {
  input {
  }

  stack {
    var $x {
      value = 1692132330000|transform_timestamp:"3 hours ago"
    }
  }

  response = $x
}
