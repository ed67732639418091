// judgement: see docs/language-decisions.md#applied-descriptions
function "lib_div_example" {
  input {
  }

  stack {
    var $x {
      value = 9|div:3
    }
  }

  response = $x
}
