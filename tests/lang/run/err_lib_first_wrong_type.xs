// judgement: see docs/language-decisions.md#lib-type-errors
function "err_lib_first_wrong_type" {
  input {
  }

  stack {
    var $x {
      value = 5|first
    }
  }

  response = $x
}
