// judgement: see docs/language-decisions.md#empty-collections
function "lib_hmac_sha1_empty" {
  input {
  }

  stack {
    var $x {
      value = ""|hmac_sha1:"key"
    }
  }

  response = $x
}
