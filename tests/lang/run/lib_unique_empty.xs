// judgement: see docs/language-decisions.md#empty-collections
function "lib_unique_empty" {
  input {
  }

  stack {
    var $x {
      value = []|unique
    }
  }

  response = $x
}
