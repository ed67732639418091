// judgement: see docs/language-decisions.md#lib-null-input
function "lib_is_text_null" {
  input {
  }

  stack {
    var $x {
      value = null|is_text
    }
  }

  response = $x
}
