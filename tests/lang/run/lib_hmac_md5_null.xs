// judgement: see docs/language-decisions.md#lib-null-input
function "lib_hmac_md5_null" {
  input {
  }

  stack {
    var $x {
      value = null|hmac_md5:"key"
    }
  }

  response = $x
}
