// judgement: see docs/language-decisions.md#lib-null-input
function "lib_entries_null" {
  input {
  }

  stack {
    var $x {
      value = null|entries
    }
  }

  response = $x
}
