// judgement: see docs/language-decisions.md#lib-type-errors
function "err_lib_hmac_md5_wrong_type" {
  input {
  }

  stack {
    var $x {
      value = [1]|hmac_md5:"key"
    }
  }

  response = $x
}
