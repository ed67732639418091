// judgement: see docs/language-decisions.md#lib-type-errors
function "err_lib_hmac_sha256_wrong_type" {
  input {
  }

  stack {
    var $x {
      value = [1]|hmac_sha256:"k"
    }
  }

  response = $x
}
