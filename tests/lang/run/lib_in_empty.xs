// judgement: see docs/language-decisions.md#empty-collections
function "lib_in_empty" {
  input {
  }

  stack {
    var $x {
      value = []|in:1
    }
  }

  response = $x
}
