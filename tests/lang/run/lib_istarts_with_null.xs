// judgement: see docs/language-decisions.md#lib-null-input
function "lib_istarts_with_null" {
  input {
  }

  stack {
    var $x {
      value = null|istarts_with:"a"
    }
  }

  response = $x
}
