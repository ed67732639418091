// judgement: see docs/language-decisions.md#lib-null-input
function "lib_is_bool_null" {
  input {
  }

  stack {
    var $x {
      value = null|is_bool
    }
  }

  response = $x
}
