// judgement: see docs/language-decisions.md#lib-relative-time
function "lib_transform_timestamp_month_overflow" {
  input {
  }

  stack {
    var $x {
      value = 1706659200000|transform_timestamp:"+1 month"
    }
  }

  response = $x
}
