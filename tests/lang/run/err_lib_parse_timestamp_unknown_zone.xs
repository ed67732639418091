// judgement: see docs/language-decisions.md#lib-time-zones
function "err_lib_parse_timestamp_unknown_zone" {
  input {
  }

  stack {
    var $x {
      value = "2023"|parse_timestamp:"Y|":"Mars/Olympus"
    }
  }

  response = $x
}
