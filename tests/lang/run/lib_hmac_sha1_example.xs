// judgement: see docs/language-decisions.md#applied-descriptions
function "lib_hmac_sha1_example" {
  input {
  }

  stack {
    var $x {
      value = "data"|hmac_sha1:"key"
    }
  }

  response = $x
}
