// judgement: see docs/language-decisions.md#sprintf
function "filter_sprintf_percent_literal" {
  input {
  }

  stack {
    var $x {
      value = "%d%%"|sprintf:50
    }
  }

  response = $x
}
