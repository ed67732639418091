// judgement: see docs/language-decisions.md#lib-time-zones
function "err_lib_to_ms_empty" {
  input {
  }

  stack {
    var $x {
      value = "soon"|to_ms
    }
  }

  response = $x
}
