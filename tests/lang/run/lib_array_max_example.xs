// judgement: see docs/language-decisions.md#applied-descriptions
function "lib_array_max_example" {
  input {
  }

  stack {
    var $x {
      value = [3,10,2]|array_max
    }
  }

  response = $x
}
