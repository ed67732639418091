// judgement: see docs/language-decisions.md#applied-descriptions
function "lib_acos_example" {
  input {
  }

  stack {
    var $x {
      value = 1|acos
    }
  }

  response = $x
}
