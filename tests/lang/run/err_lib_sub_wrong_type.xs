// judgement: see docs/language-decisions.md#lib-type-errors
function "err_lib_sub_wrong_type" {
  input {
  }

  stack {
    var $x {
      value = [1]|sub:2
    }
  }

  response = $x
}
