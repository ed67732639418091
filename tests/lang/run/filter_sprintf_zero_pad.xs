// judgement: see docs/language-decisions.md#sprintf
function "filter_sprintf_zero_pad" {
  input {
  }

  stack {
    var $x {
      value = "%03d"|sprintf:7
    }
  }

  response = $x
}
