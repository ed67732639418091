// judgement: see docs/language-decisions.md#applied-descriptions
function "lib_is_array_false" {
  input {
  }

  stack {
    var $x {
      value = {}|is_array
    }
  }

  response = $x
}
