// judgement: see docs/language-decisions.md#lib-type-errors
function "err_lib_shuffle_wrong_type" {
  input {
  }

  stack {
    var $x {
      value = "abc"|shuffle
    }
  }

  response = $x
}
