// judgement: see docs/language-decisions.md#applied-descriptions
function "lib_array_min_example" {
  input {
  }

  stack {
    var $x {
      value = [3,1,2]|array_min
    }
  }

  response = $x
}
