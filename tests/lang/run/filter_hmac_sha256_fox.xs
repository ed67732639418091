// judgement: see docs/language-decisions.md#applied-descriptions
function "filter_hmac_sha256_fox" {
  input {
  }

  stack {
    var $x {
      value = "The quick brown fox jumps over the lazy dog"|hmac_sha256:"key"
    }
  }

  response = $x
}
