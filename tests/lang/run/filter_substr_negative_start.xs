// judgement: see docs/language-decisions.md#text-length
function "filter_substr_negative_start" {
  input {
  }

  stack {
    var $x {
      value = "hello"|substr:-3
    }
  }

  response = $x
}
