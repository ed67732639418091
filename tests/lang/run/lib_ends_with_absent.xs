// judgement: see docs/language-decisions.md#applied-descriptions
function "lib_ends_with_absent" {
  input {
  }

  stack {
    var $x {
      value = "hello"|ends_with:"xyz"
    }
  }

  response = $x
}
