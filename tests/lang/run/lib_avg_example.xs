// judgement: see docs/language-decisions.md#applied-descriptions
function "lib_avg_example" {
  input {
  }

  stack {
    var $x {
      value = [2,4]|avg
    }
  }

  response = $x
}
