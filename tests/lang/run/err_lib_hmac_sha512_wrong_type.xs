// judgement: see docs/language-decisions.md#lib-type-errors
function "err_lib_hmac_sha512_wrong_type" {
  input {
  }

  stack {
    var $x {
      value = [1]|hmac_sha512:"key"
    }
  }

  response = $x
}
