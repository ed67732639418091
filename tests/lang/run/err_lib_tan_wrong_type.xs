// judgement: see docs/language-decisions.md#lib-type-errors
function "err_lib_tan_wrong_type" {
  input {
  }

  stack {
    var $x {
      value = [1]|tan
    }
  }

  response = $x
}
