// judgement: see docs/language-decisions.md#lib-null-input
function "lib_in_null" {
  input {
  }

  stack {
    var $x {
      value = null|in:1
    }
  }

  response = $x
}
