// judgement: see docs/language-decisions.md#applied-descriptions
function "lib_starts_with_absent" {
  input {
  }

  stack {
    var $x {
      value = "hello"|starts_with:"xyz"
    }
  }

  response = $x
}
