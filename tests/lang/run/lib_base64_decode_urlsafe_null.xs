// judgement: see docs/language-decisions.md#lib-null-input
function "lib_base64_decode_urlsafe_null" {
  input {
  }

  stack {
    var $x {
      value = null|base64_decode_urlsafe
    }
  }

  response = $x
}
