// judgement: see docs/language-decisions.md#lib-type-errors
function "err_lib_create_object_from_entries_wrong_type" {
  input {
  }

  stack {
    var $x {
      value = "a"|create_object_from_entries
    }
  }

  response = $x
}
