// judgement: see docs/language-decisions.md#empty-collections
function "lib_push_empty" {
  input {
  }

  stack {
    var $x {
      value = []|push:[]
    }
  }

  response = $x
}
