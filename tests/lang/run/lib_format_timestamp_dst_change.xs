// judgement: see docs/language-decisions.md#lib-time-zones
function "lib_format_timestamp_dst_change" {
  input {
  }

  stack {
    var $x {
      value = [1710053999000|format_timestamp:"H:i:s T I":"America/New_York", 1710054000000|format_timestamp:"H:i:s T I":"America/New_York", 1730613599000|format_timestamp:"H:i:s T":"America/New_York", 1730613600000|format_timestamp:"H:i:s T":"America/New_York"]
    }
  }

  response = $x
}
