// judgement: see docs/language-decisions.md#empty-collections
function "lib_last_empty" {
  input {
  }

  stack {
    var $x {
      value = []|last
    }
  }

  response = $x
}
