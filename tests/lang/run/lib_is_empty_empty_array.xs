// judgement: see docs/language-decisions.md#empty-collections
function "lib_is_empty_empty_array" {
  input {
  }

  stack {
    var $x {
      value = []|is_empty
    }
  }

  response = $x
}
