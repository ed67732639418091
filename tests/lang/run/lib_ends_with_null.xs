// judgement: see docs/language-decisions.md#lib-null-input
function "lib_ends_with_null" {
  input {
  }

  stack {
    var $x {
      value = null|ends_with:"a"
    }
  }

  response = $x
}
