// judgement: see docs/language-decisions.md#applied-descriptions
function "lib_ends_with_example" {
  input {
  }

  stack {
    var $x {
      value = "hello"|ends_with:"lo"
    }
  }

  response = $x
}
