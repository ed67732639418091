// judgement: see docs/language-decisions.md#lib-null-input
function "lib_hmac_sha384_null" {
  input {
  }

  stack {
    var $x {
      value = null|hmac_sha384:"key"
    }
  }

  response = $x
}
