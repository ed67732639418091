// judgement: see docs/language-decisions.md#lib-type-errors
function "err_lib_substr_wrong_type" {
  input {
  }

  stack {
    var $x {
      value = {}|substr:0
    }
  }

  response = $x
}
