// judgement: see docs/language-decisions.md#empty-collections
function "lib_hmac_sha384_empty" {
  input {
  }

  stack {
    var $x {
      value = ""|hmac_sha384:"key"
    }
  }

  response = $x
}
