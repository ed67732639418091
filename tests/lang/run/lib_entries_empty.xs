// judgement: see docs/language-decisions.md#empty-collections
function "lib_entries_empty" {
  input {
  }

  stack {
    var $x {
      value = {}|entries
    }
  }

  response = $x
}
