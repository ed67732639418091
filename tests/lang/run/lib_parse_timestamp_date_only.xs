// judgement: see docs/language-decisions.md#lib-time-zones
function "lib_parse_timestamp_date_only" {
  input {
  }

  stack {
    var $x {
      value = "2023-08-15"|parse_timestamp:"Y-m-d|":"Europe/Paris"
    }
  }

  response = $x
}
