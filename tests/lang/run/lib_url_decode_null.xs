// judgement: see docs/language-decisions.md#lib-null-input
function "lib_url_decode_null" {
  input {
  }

  stack {
    var $x {
      value = null|url_decode
    }
  }

  response = $x
}
