// judgement: see docs/language-decisions.md#lib-null-input
function "lib_url_encode_rfc3986_null" {
  input {
  }

  stack {
    var $x {
      value = null|url_encode_rfc3986
    }
  }

  response = $x
}
