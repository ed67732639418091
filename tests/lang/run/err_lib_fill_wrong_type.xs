// judgement: see docs/language-decisions.md#lib-type-errors
function "err_lib_fill_wrong_type" {
  input {
  }

  stack {
    var $x {
      value = "x"|fill:"a":2
    }
  }

  response = $x
}
