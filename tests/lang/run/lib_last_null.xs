// judgement: see docs/language-decisions.md#lib-null-input
function "lib_last_null" {
  input {
  }

  stack {
    var $x {
      value = null|last
    }
  }

  response = $x
}
