// judgement: see docs/language-decisions.md#empty-collections
function "lib_is_text_empty_array" {
  input {
  }

  stack {
    var $x {
      value = []|is_text
    }
  }

  response = $x
}
