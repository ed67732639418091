// judgement: see docs/language-decisions.md#lib-type-errors
function "err_lib_rtrim_wrong_type" {
  input {
  }

  stack {
    var $x {
      value = [1]|rtrim
    }
  }

  response = $x
}
