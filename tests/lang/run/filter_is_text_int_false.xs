// judgement: see docs/language-decisions.md#applied-descriptions
function "filter_is_text_int_false" {
  input {
  }

  stack {
    var $x {
      value = 213|is_text
    }
  }

  response = $x
}
