// judgement: see docs/language-decisions.md#numbers
function "lib_to_text_example" {
  input {
  }

  stack {
    var $x {
      value = 2.0|to_text
    }
  }

  response = $x
}
