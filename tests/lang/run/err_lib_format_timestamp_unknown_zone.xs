// judgement: see docs/language-decisions.md#lib-time-zones
function "err_lib_format_timestamp_unknown_zone" {
  input {
  }

  stack {
    var $x {
      value = 0|format_timestamp:"Y":"Nowhere/City"
    }
  }

  response = $x
}
