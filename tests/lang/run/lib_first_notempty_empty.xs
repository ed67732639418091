// judgement: see docs/language-decisions.md#empty-collections
function "lib_first_notempty_empty" {
  input {
  }

  stack {
    var $x {
      value = []|first_notempty:"d"
    }
  }

  response = $x
}
