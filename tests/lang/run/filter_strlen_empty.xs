// judgement: see docs/language-decisions.md#applied-descriptions
function "filter_strlen_empty" {
  input {
  }

  stack {
    var $x {
      value = ""|strlen
    }
  }

  response = $x
}
