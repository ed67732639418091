// judgement: see docs/language-decisions.md#lib-time-zones
function "lib_format_timestamp_zones" {
  input {
  }

  stack {
    var $x {
      value = [1692132330000|format_timestamp:"c T":"Europe/London", 1692132330000|format_timestamp:"c T":"Asia/Kolkata", 1692132330000|format_timestamp:"c T":"Australia/Sydney", 1692132330000|format_timestamp:"c T":"Pacific/Chatham"]
    }
  }

  response = $x
}
