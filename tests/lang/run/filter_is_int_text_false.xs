// judgement: see docs/language-decisions.md#applied-descriptions
function "filter_is_int_text_false" {
  input {
  }

  stack {
    var $x {
      value = "123"|is_int
    }
  }

  response = $x
}
