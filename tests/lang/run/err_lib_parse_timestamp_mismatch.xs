// judgement: see docs/language-decisions.md#lib-time-zones
function "err_lib_parse_timestamp_mismatch" {
  input {
  }

  stack {
    var $x {
      value = "2023-13-45"|parse_timestamp:"Y-m-d|"
    }
  }

  response = $x
}
