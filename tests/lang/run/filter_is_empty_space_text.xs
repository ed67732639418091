// judgement: see docs/language-decisions.md#empty-values
function "filter_is_empty_space_text" {
  input {
  }

  stack {
    var $x {
      value = " "|is_empty
    }
  }

  response = $x
}
