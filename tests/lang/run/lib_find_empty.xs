// judgement: see docs/language-decisions.md#empty-collections
function "lib_find_empty" {
  input {
  }

  stack {
    var $x {
      value = []|find:$$
    }
  }

  response = $x
}
