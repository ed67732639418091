// judgement: see docs/language-decisions.md#applied-descriptions
function "filter_substr_no_length" {
  input {
  }

  stack {
    var $x {
      value = "hello"|substr:1
    }
  }

  response = $x
}
