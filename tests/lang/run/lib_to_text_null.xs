// judgement: see docs/language-decisions.md#lib-null-input
function "lib_to_text_null" {
  input {
  }

  stack {
    var $x {
      value = null|to_text
    }
  }

  response = $x
}
