// judgement: see docs/language-decisions.md#lib-type-errors
function "err_lib_keys_wrong_type" {
  input {
  }

  stack {
    var $x {
      value = "a"|keys
    }
  }

  response = $x
}
