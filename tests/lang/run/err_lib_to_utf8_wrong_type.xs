// judgement: see docs/language-decisions.md#lib-type-errors
function "err_lib_to_utf8_wrong_type" {
  input {
  }

  stack {
    var $x {
      value = [1]|to_utf8
    }
  }

  response = $x
}
