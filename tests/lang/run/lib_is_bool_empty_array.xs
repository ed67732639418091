// judgement: see docs/language-decisions.md#empty-collections
function "lib_is_bool_empty_array" {
  input {
  }

  stack {
    var $x {
      value = []|is_bool
    }
  }

  response = $x
}
