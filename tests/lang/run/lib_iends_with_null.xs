// judgement: see docs/language-decisions.md#lib-null-input
function "lib_iends_with_null" {
  input {
  }

  stack {
    var $x {
      value = null|iends_with:"a"
    }
  }

  response = $x
}
