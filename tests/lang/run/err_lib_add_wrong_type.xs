// judgement: see docs/language-decisions.md#lib-type-errors
function "err_lib_add_wrong_type" {
  input {
  }

  stack {
    var $x {
      value = [1]|add:2
    }
  }

  response = $x
}
