// judgement: see docs/language-decisions.md#applied-descriptions
function "lib_cos_example" {
  input {
  }

  stack {
    var $x {
      value = 0|cos
    }
  }

  response = $x
}
