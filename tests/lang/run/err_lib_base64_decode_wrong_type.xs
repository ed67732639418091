// judgement: see docs/language-decisions.md#lib-type-errors
function "err_lib_base64_decode_wrong_type" {
  input {
  }

  stack {
    var $x {
      value = [1]|base64_decode
    }
  }

  response = $x
}
