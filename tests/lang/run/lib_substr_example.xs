// judgement: see docs/language-decisions.md#applied-descriptions
function "lib_substr_example" {
  input {
  }

  stack {
    var $x {
      value = "hello"|substr:1:3
    }
  }

  response = $x
}
