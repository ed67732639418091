// judgement: see docs/language-decisions.md#empty-collections
function "lib_set_empty" {
  input {
  }

  stack {
    var $x {
      value = {}|set:"a":1
    }
  }

  response = $x
}
