// judgement: see docs/language-decisions.md#applied-descriptions
function "lib_sin_example" {
  input {
  }

  stack {
    var $x {
      value = 0|sin
    }
  }

  response = $x
}
