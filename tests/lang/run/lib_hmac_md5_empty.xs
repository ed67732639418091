// judgement: see docs/language-decisions.md#empty-collections
function "lib_hmac_md5_empty" {
  input {
  }

  stack {
    var $x {
      value = ""|hmac_md5:"key"
    }
  }

  response = $x
}
