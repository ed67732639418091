// judgement: see docs/language-decisions.md#lib-timestamp-fields
function "lib_timestamp_add_months_overflow" {
  input {
  }

  stack {
    var $x {
      value = 1706659200000|timestamp_add_months:1
    }
  }

  response = $x
}
