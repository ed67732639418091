// judgement: see docs/language-decisions.md#text-length
function "lib_substr_negative" {
  input {
  }

  stack {
    var $x {
      value = "hello"|substr:-3
    }
  }

  response = $x
}
