// judgement: see docs/language-decisions.md#lib-null-input
function "lib_is_null_null" {
  input {
  }

  stack {
    var $x {
      value = null|is_null
    }
  }

  response = $x
}
