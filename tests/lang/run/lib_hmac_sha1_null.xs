// judgement: see docs/language-decisions.md#lib-null-input
function "lib_hmac_sha1_null" {
  input {
  }

  stack {
    var $x {
      value = null|hmac_sha1:"key"
    }
  }

  response = $x
}
