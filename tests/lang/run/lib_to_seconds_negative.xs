// judgement: see docs/language-decisions.md#lib-time-zones
function "lib_to_seconds_negative" {
  input {
  }

  stack {
    var $x {
      value = (0 - 1500)|to_seconds
    }
  }

  response = $x
}
