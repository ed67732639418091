// judgement: see docs/language-decisions.md#empty-collections
function "lib_first_empty" {
  input {
  }

  stack {
    var $x {
      value = []|first
    }
  }

  response = $x
}
