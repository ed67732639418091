// judgement: see docs/language-decisions.md#applied-descriptions
function "lib_not_equals_array" {
  input {
  }

  stack {
    var $x {
      value = [1]|not_equals:2
    }
  }

  response = $x
}
