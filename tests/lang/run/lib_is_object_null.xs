// judgement: see docs/language-decisions.md#lib-null-input
function "lib_is_object_null" {
  input {
  }

  stack {
    var $x {
      value = null|is_object
    }
  }

  response = $x
}
