// judgement: see docs/language-decisions.md#applied-descriptions
function "lib_hmac_sha512_example" {
  input {
  }

  stack {
    var $x {
      value = "data"|hmac_sha512:"key"
    }
  }

  response = $x
}
