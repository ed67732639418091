// judgement: see docs/language-decisions.md#lib-time-zones
function "lib_to_ms_iso" {
  input {
  }

  stack {
    var $x {
      value = "2023-08-15T20:45:30.250Z"|to_ms:"Europe/Paris"
    }
  }

  response = $x
}
