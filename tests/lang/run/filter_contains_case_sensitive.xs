// judgement: see docs/language-decisions.md#applied-descriptions
function "filter_contains_case_sensitive" {
  input {
  }

  stack {
    var $x {
      value = "Epic Battle"|contains:"battle"
    }
  }

  response = $x
}
