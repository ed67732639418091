// judgement: see docs/language-decisions.md#applied-descriptions
function "lib_contains_example" {
  input {
  }

  stack {
    var $x {
      value = "hello"|contains:"ell"
    }
  }

  response = $x
}
