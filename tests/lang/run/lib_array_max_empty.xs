// judgement: see docs/language-decisions.md#empty-collections
function "lib_array_max_empty" {
  input {
  }

  stack {
    var $x {
      value = []|array_max
    }
  }

  response = $x
}
