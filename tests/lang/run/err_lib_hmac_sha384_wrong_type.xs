// judgement: see docs/language-decisions.md#lib-type-errors
function "err_lib_hmac_sha384_wrong_type" {
  input {
  }

  stack {
    var $x {
      value = [1]|hmac_sha384:"key"
    }
  }

  response = $x
}
