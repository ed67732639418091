// judgement: see docs/language-decisions.md#applied-descriptions
function "lib_istarts_with_absent" {
  input {
  }

  stack {
    var $x {
      value = "hello"|istarts_with:"xyz"
    }
  }

  response = $x
}
