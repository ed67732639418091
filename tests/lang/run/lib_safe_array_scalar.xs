// judgement: see docs/language-decisions.md#applied-descriptions
function "lib_safe_array_scalar" {
  input {
  }

  stack {
    var $x {
      value = 5|safe_array
    }
  }

  response = $x
}
