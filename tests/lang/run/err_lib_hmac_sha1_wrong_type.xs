// judgement: see docs/language-decisions.md#lib-type-errors
function "err_lib_hmac_sha1_wrong_type" {
  input {
  }

  stack {
    var $x {
      value = [1]|hmac_sha1:"key"
    }
  }

  response = $x
}
