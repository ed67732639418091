// judgement: see docs/language-decisions.md#lib-type-errors
function "err_lib_append_wrong_type" {
  input {
  }

  stack {
    var $x {
      value = 5|append:1
    }
  }

  response = $x
}
