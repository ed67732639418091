// judgement: see docs/language-decisions.md#lib-null-input
function "lib_starts_with_null" {
  input {
  }

  stack {
    var $x {
      value = null|starts_with:"a"
    }
  }

  response = $x
}
