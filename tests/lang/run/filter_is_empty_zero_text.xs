// judgement: see docs/language-decisions.md#empty-values
function "filter_is_empty_zero_text" {
  input {
  }

  stack {
    var $x {
      value = "0"|is_empty
    }
  }

  response = $x
}
