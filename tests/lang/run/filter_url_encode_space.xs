// judgement: see docs/language-decisions.md#url-encode
function "filter_url_encode_space" {
  input {
  }

  stack {
    var $x {
      value = "a b"|url_encode
    }
  }

  response = $x
}
