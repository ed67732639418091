// judgement: see docs/language-decisions.md#applied-descriptions
function "filter_starts_with_case_sensitive" {
  input {
  }

  stack {
    var $x {
      value = "Epic Battle"|starts_with:"epic"
    }
  }

  response = $x
}
