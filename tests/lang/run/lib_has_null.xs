// judgement: see docs/language-decisions.md#lib-null-input
function "lib_has_null" {
  input {
  }

  stack {
    var $x {
      value = null|has:"a"
    }
  }

  response = $x
}
