// judgement: see docs/language-decisions.md#lib-null-input
function "lib_dechex_null" {
  input {
  }

  stack {
    var $x {
      value = null|dechex
    }
  }

  response = $x
}
