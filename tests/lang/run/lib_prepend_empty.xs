// judgement: see docs/language-decisions.md#empty-collections
function "lib_prepend_empty" {
  input {
  }

  stack {
    var $x {
      value = []|prepend:1
    }
  }

  response = $x
}
