// judgement: see docs/language-decisions.md#applied-descriptions
function "lib_to_text_int" {
  input {
  }

  stack {
    var $x {
      value = 15|to_text
    }
  }

  response = $x
}
