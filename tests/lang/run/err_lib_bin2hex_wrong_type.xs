// judgement: see docs/language-decisions.md#lib-type-errors
function "err_lib_bin2hex_wrong_type" {
  input {
  }

  stack {
    var $x {
      value = [1]|bin2hex
    }
  }

  response = $x
}
