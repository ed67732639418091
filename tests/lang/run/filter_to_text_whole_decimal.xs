// judgement: see docs/language-decisions.md#numbers
function "filter_to_text_whole_decimal" {
  input {
  }

  stack {
    var $x {
      value = 2.0|to_text
    }
  }

  response = $x
}
