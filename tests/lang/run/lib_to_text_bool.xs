// judgement: see docs/language-decisions.md#lib-to-text
function "lib_to_text_bool" {
  input {
  }

  stack {
    var $x {
      value = true|to_text
    }
  }

  response = $x
}
