// judgement: see docs/language-decisions.md#lib-type-errors
function "err_lib_dechex_wrong_type" {
  input {
  }

  stack {
    var $x {
      value = [255]|dechex
    }
  }

  response = $x
}
