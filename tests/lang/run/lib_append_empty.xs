// judgement: see docs/language-decisions.md#empty-collections
function "lib_append_empty" {
  input {
  }

  stack {
    var $x {
      value = []|append:1
    }
  }

  response = $x
}
