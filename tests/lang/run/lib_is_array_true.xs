// judgement: see docs/language-decisions.md#applied-descriptions
function "lib_is_array_true" {
  input {
  }

  stack {
    var $x {
      value = []|is_array
    }
  }

  response = $x
}
