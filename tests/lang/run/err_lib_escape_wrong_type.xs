// judgement: see docs/language-decisions.md#lib-type-errors
function "err_lib_escape_wrong_type" {
  input {
  }

  stack {
    var $x {
      value = [1]|escape
    }
  }

  response = $x
}
