// judgement: see docs/language-decisions.md#lib-type-errors
function "err_lib_contains_wrong_type" {
  input {
  }

  stack {
    var $x {
      value = [1]|contains:"a"
    }
  }

  response = $x
}
