// judgement: see docs/language-decisions.md#lib-null-input
function "lib_filter_empty_text_null" {
  input {
  }

  stack {
    var $x {
      value = null|filter_empty_text
    }
  }

  response = $x
}
