// judgement: see docs/language-decisions.md#lib-type-errors
function "err_lib_fill_keys_wrong_type" {
  input {
  }

  stack {
    var $x {
      value = 1|fill_keys:"a"
    }
  }

  response = $x
}
