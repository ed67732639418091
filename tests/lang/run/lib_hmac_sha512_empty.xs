// judgement: see docs/language-decisions.md#empty-collections
function "lib_hmac_sha512_empty" {
  input {
  }

  stack {
    var $x {
      value = ""|hmac_sha512:"key"
    }
  }

  response = $x
}
