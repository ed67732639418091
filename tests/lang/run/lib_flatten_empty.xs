// judgement: see docs/language-decisions.md#empty-collections
function "lib_flatten_empty" {
  input {
  }

  stack {
    var $x {
      value = []|flatten
    }
  }

  response = $x
}
