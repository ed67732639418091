// judgement: see docs/language-decisions.md#lib-null-input
function "lib_is_array_null" {
  input {
  }

  stack {
    var $x {
      value = null|is_array
    }
  }

  response = $x
}
