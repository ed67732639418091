// judgement: see docs/language-decisions.md#lib-timestamp-fields
function "err_lib_timestamp_year_bad_zone" {
  input {
  }

  stack {
    var $x {
      value = 0|timestamp_year:"Mars/Olympus"
    }
  }

  response = $x
}
