// judgement: see docs/language-decisions.md#applied-descriptions
function "lib_iends_with_example" {
  input {
  }

  stack {
    var $x {
      value = "Hello"|iends_with:"LO"
    }
  }

  response = $x
}
