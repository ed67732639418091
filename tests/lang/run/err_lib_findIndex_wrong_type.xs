// judgement: see docs/language-decisions.md#lib-type-errors
function "err_lib_findIndex_wrong_type" {
  input {
  }

  stack {
    var $x {
      value = "a"|findIndex:$$
    }
  }

  response = $x
}
