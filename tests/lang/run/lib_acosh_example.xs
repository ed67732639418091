// judgement: see docs/language-decisions.md#applied-descriptions
function "lib_acosh_example" {
  input {
  }

  stack {
    var $x {
      value = 1|acosh
    }
  }

  response = $x
}
