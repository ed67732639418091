// judgement: see docs/language-decisions.md#lib-time-zones
function "lib_parse_timestamp_dst_gap" {
  input {
  }

  stack {
    var $x {
      value = "2024-03-10 02:30"|parse_timestamp:"Y-m-d H:i":"America/New_York"
    }
  }

  response = $x
}
