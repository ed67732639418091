// judgement: see docs/language-decisions.md#applied-descriptions
function "lib_safe_array_array" {
  input {
  }

  stack {
    var $x {
      value = [1]|safe_array
    }
  }

  response = $x
}
