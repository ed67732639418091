// judgement: see docs/language-decisions.md#lib-type-errors
function "err_lib_find_wrong_type" {
  input {
  }

  stack {
    var $x {
      value = "a"|find:$$
    }
  }

  response = $x
}
