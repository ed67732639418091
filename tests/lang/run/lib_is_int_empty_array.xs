// judgement: see docs/language-decisions.md#empty-collections
function "lib_is_int_empty_array" {
  input {
  }

  stack {
    var $x {
      value = []|is_int
    }
  }

  response = $x
}
