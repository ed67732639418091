// judgement: see docs/language-decisions.md#applied-descriptions
function "lib_iends_with_absent" {
  input {
  }

  stack {
    var $x {
      value = "hello"|iends_with:"xyz"
    }
  }

  response = $x
}
