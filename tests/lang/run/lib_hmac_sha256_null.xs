// judgement: see docs/language-decisions.md#lib-null-input
function "lib_hmac_sha256_null" {
  input {
  }

  stack {
    var $x {
      value = null|hmac_sha256:"key"
    }
  }

  response = $x
}
