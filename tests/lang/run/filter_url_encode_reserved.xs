// judgement: see docs/language-decisions.md#url-encode
function "filter_url_encode_reserved" {
  input {
  }

  stack {
    var $x {
      value = "a&b=c"|url_encode
    }
  }

  response = $x
}
