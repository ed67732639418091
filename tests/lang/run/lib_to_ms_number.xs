// judgement: see docs/language-decisions.md#lib-time-zones
function "lib_to_ms_number" {
  input {
  }

  stack {
    var $x {
      value = 1692132330000|to_ms
    }
  }

  response = $x
}
