// judgement: see docs/language-decisions.md#empty-collections
function "lib_shift_empty" {
  input {
  }

  stack {
    var $x {
      value = []|shift
    }
  }

  response = $x
}
