// judgement: see docs/language-decisions.md#applied-descriptions
function "lib_timestamp_month_example2" {
  input {
  }

  stack {
    var $x {
      value = 1692132330000|timestamp_month
    }
  }

  response = $x
}
