// judgement: see docs/language-decisions.md#sprintf
function "lib_sprintf_precision" {
  input {
  }

  stack {
    var $x {
      value = "%.2f|%05d|%%"|sprintf:3.14159:42
    }
  }

  response = $x
}
