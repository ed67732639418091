// judgement: see docs/language-decisions.md#empty-collections
function "lib_is_array_empty_array" {
  input {
  }

  stack {
    var $x {
      value = []|is_array
    }
  }

  response = $x
}
