// judgement: see docs/language-decisions.md#empty-collections
function "lib_some_empty" {
  input {
  }

  stack {
    var $x {
      value = []|some:$$
    }
  }

  response = $x
}
