// judgement: see docs/language-decisions.md#applied-descriptions
function "lib_filter_empty_text_example" {
  input {
  }

  stack {
    var $x {
      value = ["a","",null]|filter_empty_text
    }
  }

  response = $x
}
