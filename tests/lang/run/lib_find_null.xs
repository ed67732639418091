// judgement: see docs/language-decisions.md#lib-null-input
function "lib_find_null" {
  input {
  }

  stack {
    var $x {
      value = null|find:$$
    }
  }

  response = $x
}
