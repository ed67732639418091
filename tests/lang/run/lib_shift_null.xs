// judgement: see docs/language-decisions.md#lib-null-input
function "lib_shift_null" {
  input {
  }

  stack {
    var $x {
      value = null|shift
    }
  }

  response = $x
}
