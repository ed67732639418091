// judgement: see docs/language-decisions.md#lib-type-errors
function "err_lib_prepend_wrong_type" {
  input {
  }

  stack {
    var $x {
      value = "x"|prepend:1
    }
  }

  response = $x
}
