// judgement: see docs/language-decisions.md#lib-null-input
function "lib_hmac_sha512_null" {
  input {
  }

  stack {
    var $x {
      value = null|hmac_sha512:"key"
    }
  }

  response = $x
}
