// judgement: see docs/language-decisions.md#applied-descriptions
function "lib_hmac_sha384_example" {
  input {
  }

  stack {
    var $x {
      value = "data"|hmac_sha384:"key"
    }
  }

  response = $x
}
