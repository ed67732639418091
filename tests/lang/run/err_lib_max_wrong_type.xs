// judgement: see docs/language-decisions.md#lib-type-errors
function "err_lib_max_wrong_type" {
  input {
  }

  stack {
    var $x {
      value = [1]|max:2
    }
  }

  response = $x
}
