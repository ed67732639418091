// judgement: see docs/language-decisions.md#lib-type-errors
function "err_lib_addslashes_wrong_type" {
  input {
  }

  stack {
    var $x {
      value = [1]|addslashes
    }
  }

  response = $x
}
