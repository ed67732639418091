// judgement: see docs/language-decisions.md#lib-time-zones
function "lib_transform_timestamp_words" {
  input {
  }

  stack {
    var $x {
      value = [1692132330000|transform_timestamp:"midnight":"Europe/Paris", 1692132330000|transform_timestamp:"next monday":"Europe/Paris", 1692132330000|transform_timestamp:"first day of next month midnight":"Asia/Tokyo", 1692132330000|transform_timestamp:"last day of february 2024 noon", 1692132330000|transform_timestamp:"24 hours ago"]
    }
  }

  response = $x
}
