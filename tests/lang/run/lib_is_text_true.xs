// judgement: see docs/language-decisions.md#applied-descriptions
function "lib_is_text_true" {
  input {
  }

  stack {
    var $x {
      value = "a"|is_text
    }
  }

  response = $x
}
