// judgement: see docs/language-decisions.md#lib-time-zones
function "lib_parse_timestamp_names" {
  input {
  }

  stack {
    var $x {
      value = "Tue, 15 Aug 2023 10:45 pm +0200"|parse_timestamp:"D, d M Y g:i a O":"Asia/Tokyo"
    }
  }

  response = $x
}
