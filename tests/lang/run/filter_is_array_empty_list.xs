// judgement: see docs/language-decisions.md#empty-collections
function "filter_is_array_empty_list" {
  input {
  }

  stack {
    var $x {
      value = []|is_array
    }
  }

  response = $x
}
