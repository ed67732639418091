// judgement: see docs/language-decisions.md#empty-collections
function "lib_shuffle_empty" {
  input {
  }

  stack {
    var $x {
      value = []|shuffle
    }
  }

  response = $x
}
