// judgement: see docs/language-decisions.md#lib-null-input
function "lib_is_empty_null" {
  input {
  }

  stack {
    var $x {
      value = null|is_empty
    }
  }

  response = $x
}
