// judgement: see docs/language-decisions.md#lib-null-input
function "lib_addslashes_null" {
  input {
  }

  stack {
    var $x {
      value = null|addslashes
    }
  }

  response = $x
}
