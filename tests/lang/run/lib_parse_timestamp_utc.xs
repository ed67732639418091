// judgement: see docs/language-decisions.md#lib-time-zones
function "lib_parse_timestamp_utc" {
  input {
  }

  stack {
    var $x {
      value = "15/08/2023 20:45"|parse_timestamp:"d/m/Y H:i"
    }
  }

  response = $x
}
