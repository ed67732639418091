// judgement: see docs/language-decisions.md#lib-type-errors
function "err_lib_unpick_wrong_type" {
  input {
  }

  stack {
    var $x {
      value = [1]|unpick:["a"]
    }
  }

  response = $x
}
