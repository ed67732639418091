// judgement: see docs/language-decisions.md#in-direction
function "filter_in_text_values" {
  input {
  }

  stack {
    var $x {
      value = ["a","b"]|in:"b"
    }
  }

  response = $x
}
