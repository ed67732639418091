// judgement: see docs/language-decisions.md#url-encode
function "filter_url_decode_plus" {
  input {
  }

  stack {
    var $x {
      value = "a+b"|url_decode
    }
  }

  response = $x
}
