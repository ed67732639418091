// judgement: see docs/language-decisions.md#empty-values
function "filter_filter_empty_zero_text_and_containers" {
  input {
  }

  stack {
    var $x {
      value = ["0", "a", [], {}, " "]|filter_empty
    }
  }

  response = $x
}
