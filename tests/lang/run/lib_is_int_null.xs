// judgement: see docs/language-decisions.md#lib-null-input
function "lib_is_int_null" {
  input {
  }

  stack {
    var $x {
      value = null|is_int
    }
  }

  response = $x
}
