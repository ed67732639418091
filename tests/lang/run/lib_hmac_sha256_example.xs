// judgement: see docs/language-decisions.md#applied-descriptions
function "lib_hmac_sha256_example" {
  input {
  }

  stack {
    var $x {
      value = "data"|hmac_sha256:"key"
    }
  }

  response = $x
}
