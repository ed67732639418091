// judgement: see docs/language-decisions.md#empty-collections
function "lib_not_empty_array" {
  input {
  }

  stack {
    var $x {
      value = []|not
    }
  }

  response = $x
}
