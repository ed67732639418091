// judgement: see docs/language-decisions.md#lib-timestamp-fields
function "lib_timestamp_subtract_years_example" {
  input {
  }

  stack {
    var $x {
      value = 1692132330000|timestamp_subtract_years:1
    }
  }

  response = $x
}
