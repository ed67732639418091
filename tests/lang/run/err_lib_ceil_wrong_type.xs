// judgement: see docs/language-decisions.md#lib-type-errors
function "err_lib_ceil_wrong_type" {
  input {
  }

  stack {
    var $x {
      value = {}|ceil
    }
  }

  response = $x
}
