// judgement: see docs/language-decisions.md#empty-collections
function "lib_diff_empty" {
  input {
  }

  stack {
    var $x {
      value = []|diff:[1]
    }
  }

  response = $x
}
