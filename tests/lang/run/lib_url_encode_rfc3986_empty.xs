// judgement: see docs/language-decisions.md#empty-collections
function "lib_url_encode_rfc3986_empty" {
  input {
  }

  stack {
    var $x {
      value = ""|url_encode_rfc3986
    }
  }

  response = $x
}
