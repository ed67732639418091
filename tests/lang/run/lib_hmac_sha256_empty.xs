// judgement: see docs/language-decisions.md#empty-collections
function "lib_hmac_sha256_empty" {
  input {
  }

  stack {
    var $x {
      value = ""|hmac_sha256:"key"
    }
  }

  response = $x
}
