// judgement: see docs/language-decisions.md#lib-type-errors
function "err_lib_hex2bin_wrong_type" {
  input {
  }

  stack {
    var $x {
      value = [1]|hex2bin
    }
  }

  response = $x
}
