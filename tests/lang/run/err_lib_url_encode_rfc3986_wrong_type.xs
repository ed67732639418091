// judgement: see docs/language-decisions.md#lib-type-errors
function "err_lib_url_encode_rfc3986_wrong_type" {
  input {
  }

  stack {
    var $x {
      value = [1]|url_encode_rfc3986
    }
  }

  response = $x
}
