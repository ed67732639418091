// judgement: see docs/language-decisions.md#empty-collections
function "lib_unpick_empty" {
  input {
  }

  stack {
    var $x {
      value = {}|unpick:["a"]
    }
  }

  response = $x
}
