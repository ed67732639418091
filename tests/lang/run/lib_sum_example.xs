// judgement: see docs/language-decisions.md#applied-descriptions
function "lib_sum_example" {
  input {
  }

  stack {
    var $x {
      value = [1,2,3]|sum
    }
  }

  response = $x
}
