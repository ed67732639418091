// judgement: see docs/language-decisions.md#lib-time-zones
function "lib_transform_timestamp_dst_day" {
  input {
  }

  stack {
    var $x {
      value = [1710046800000|transform_timestamp:"+1 day":"America/New_York", 1710046800000|transform_timestamp:"+24 hours":"America/New_York"]
    }
  }

  response = $x
}
