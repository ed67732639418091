// judgement: see docs/language-decisions.md#applied-descriptions
function "lib_timestamp_add_days_example2" {
  input {
  }

  stack {
    var $x {
      value = 0|timestamp_add_days:2
    }
  }

  response = $x
}
