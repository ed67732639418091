// judgement: see docs/language-decisions.md#applied-descriptions
function "lib_strlen_example" {
  input {
  }

  stack {
    var $x {
      value = "hello"|strlen
    }
  }

  response = $x
}
