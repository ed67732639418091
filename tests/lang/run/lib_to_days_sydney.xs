// judgement: see docs/language-decisions.md#lib-time-zones
function "lib_to_days_sydney" {
  input {
  }

  stack {
    var $x {
      value = "2024-01-01 00:30"|to_days:"Australia/Sydney"
    }
  }

  response = $x
}
