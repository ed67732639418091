// judgement: see docs/language-decisions.md#applied-descriptions
function "lib_hmac_md5_example" {
  input {
  }

  stack {
    var $x {
      value = "data"|hmac_md5:"key"
    }
  }

  response = $x
}
