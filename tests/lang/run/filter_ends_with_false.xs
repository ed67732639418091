// judgement: see docs/language-decisions.md#applied-descriptions
function "filter_ends_with_false" {
  input {
  }

  stack {
    var $x {
      value = "Epic Battle"|ends_with:"Epic"
    }
  }

  response = $x
}
