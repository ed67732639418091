// judgement: see docs/language-decisions.md#lib-type-errors
function "err_lib_in_wrong_type" {
  input {
  }

  stack {
    var $x {
      value = "abc"|in:"a"
    }
  }

  response = $x
}
