// judgement: see docs/language-decisions.md#lib-type-errors
function "err_lib_remove_wrong_type" {
  input {
  }

  stack {
    var $x {
      value = "a"|remove:1
    }
  }

  response = $x
}
