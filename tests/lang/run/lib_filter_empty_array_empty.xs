// judgement: see docs/language-decisions.md#empty-collections
function "lib_filter_empty_array_empty" {
  input {
  }

  stack {
    var $x {
      value = []|filter_empty_array
    }
  }

  response = $x
}
