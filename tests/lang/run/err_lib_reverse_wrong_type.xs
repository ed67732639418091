// judgement: see docs/language-decisions.md#lib-type-errors
function "err_lib_reverse_wrong_type" {
  input {
  }

  stack {
    var $x {
      value = "abc"|reverse
    }
  }

  response = $x
}
