// judgement: see docs/language-decisions.md#empty-collections
function "lib_pop_empty" {
  input {
  }

  stack {
    var $x {
      value = []|pop
    }
  }

  response = $x
}
