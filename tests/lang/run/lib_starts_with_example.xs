// judgement: see docs/language-decisions.md#applied-descriptions
function "lib_starts_with_example" {
  input {
  }

  stack {
    var $x {
      value = "hello"|starts_with:"he"
    }
  }

  response = $x
}
