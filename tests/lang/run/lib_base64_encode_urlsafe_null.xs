// judgement: see docs/language-decisions.md#lib-null-input
function "lib_base64_encode_urlsafe_null" {
  input {
  }

  stack {
    var $x {
      value = null|base64_encode_urlsafe
    }
  }

  response = $x
}
