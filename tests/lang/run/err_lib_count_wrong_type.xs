// judgement: see docs/language-decisions.md#lib-type-errors
function "err_lib_count_wrong_type" {
  input {
  }

  stack {
    var $x {
      value = "abc"|count
    }
  }

  response = $x
}
