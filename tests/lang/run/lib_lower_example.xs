// judgement: see docs/language-decisions.md#applied-descriptions
function "lib_lower_example" {
  input {
  }

  stack {
    var $x {
      value = "ABC"|lower
    }
  }

  response = $x
}
