// judgement: see docs/language-decisions.md#applied-descriptions
function "lib_avg_decimal" {
  input {
  }

  stack {
    var $x {
      value = [1,2]|avg
    }
  }

  response = $x
}
