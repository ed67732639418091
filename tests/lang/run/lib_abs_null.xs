// judgement: see docs/language-decisions.md#lib-null-input
function "lib_abs_null" {
  input {
  }

  stack {
    var $x {
      value = null|abs
    }
  }

  response = $x
}
