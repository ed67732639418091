// judgement: see docs/language-decisions.md#empty-collections
function "lib_reverse_empty" {
  input {
  }

  stack {
    var $x {
      value = []|reverse
    }
  }

  response = $x
}
