// judgement: see docs/language-decisions.md#lib-type-errors
function "err_lib_last_wrong_type" {
  input {
  }

  stack {
    var $x {
      value = true|last
    }
  }

  response = $x
}
