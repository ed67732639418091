// judgement: see docs/language-decisions.md#lib-null-input
function "lib_contains_null" {
  input {
  }

  stack {
    var $x {
      value = null|contains:"a"
    }
  }

  response = $x
}
