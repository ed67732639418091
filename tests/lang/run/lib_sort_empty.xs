// judgement: see docs/language-decisions.md#empty-collections
function "lib_sort_empty" {
  input {
  }

  stack {
    var $x {
      value = []|sort
    }
  }

  response = $x
}
