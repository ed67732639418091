// judgement: see docs/language-decisions.md#empty-collections
function "lib_filter_empty_text_empty" {
  input {
  }

  stack {
    var $x {
      value = []|filter_empty_text
    }
  }

  response = $x
}
