// judgement: see docs/language-decisions.md#applied-descriptions
function "lib_not_example" {
  input {
  }

  stack {
    var $x {
      value = 0|not
    }
  }

  response = $x
}
