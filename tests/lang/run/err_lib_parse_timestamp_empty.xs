// judgement: see docs/language-decisions.md#lib-time-zones
function "err_lib_parse_timestamp_empty" {
  input {
  }

  stack {
    var $x {
      value = ""|parse_timestamp:"Y-m-d"
    }
  }

  response = $x
}
