// judgement: see docs/language-decisions.md#empty-collections
function "lib_array_min_empty" {
  input {
  }

  stack {
    var $x {
      value = []|array_min
    }
  }

  response = $x
}
