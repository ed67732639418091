// judgement: see docs/language-decisions.md#empty-collections
function "lib_remove_empty" {
  input {
  }

  stack {
    var $x {
      value = []|remove:1
    }
  }

  response = $x
}
