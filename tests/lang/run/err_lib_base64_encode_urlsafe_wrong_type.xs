// judgement: see docs/language-decisions.md#lib-type-errors
function "err_lib_base64_encode_urlsafe_wrong_type" {
  input {
  }

  stack {
    var $x {
      value = [1]|base64_encode_urlsafe
    }
  }

  response = $x
}
