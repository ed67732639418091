// judgement: see docs/language-decisions.md#lib-type-errors
function "err_lib_replace_wrong_type" {
  input {
  }

  stack {
    var $x {
      value = [1]|replace:"a":"b"
    }
  }

  response = $x
}
