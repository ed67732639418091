// judgement: see docs/language-decisions.md#lib-type-errors
function "err_lib_atanh_wrong_type" {
  input {
  }

  stack {
    var $x {
      value = [1]|atanh
    }
  }

  response = $x
}
