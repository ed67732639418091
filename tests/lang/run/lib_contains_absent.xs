// judgement: see docs/language-decisions.md#applied-descriptions
function "lib_contains_absent" {
  input {
  }

  stack {
    var $x {
      value = "hello"|contains:"xyz"
    }
  }

  response = $x
}
