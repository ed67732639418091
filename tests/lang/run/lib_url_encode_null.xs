// judgement: see docs/language-decisions.md#lib-null-input
function "lib_url_encode_null" {
  input {
  }

  stack {
    var $x {
      value = null|url_encode
    }
  }

  response = $x
}
