// judgement: see docs/language-decisions.md#empty-collections
function "lib_get_empty" {
  input {
  }

  stack {
    var $x {
      value = {}|get:"a"
    }
  }

  response = $x
}
