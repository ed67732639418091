// judgement: see docs/language-decisions.md#sprintf
function "err_lib_sprintf_too_few" {
  input {
  }

  stack {
    var $x {
      value = "%s %s"|sprintf:"a"
    }
  }

  response = $x
}
