// judgement: see docs/language-decisions.md#lib-type-errors
function "err_lib_entries_wrong_type" {
  input {
  }

  stack {
    var $x {
      value = "a"|entries
    }
  }

  response = $x
}
