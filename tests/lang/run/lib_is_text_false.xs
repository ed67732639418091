// judgement: see docs/language-decisions.md#applied-descriptions
function "lib_is_text_false" {
  input {
  }

  stack {
    var $x {
      value = 1|is_text
    }
  }

  response = $x
}
