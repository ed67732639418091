// docs: Xano XanoScript language-server filter reference (hover docs), url_encode
function "filter_url_encode_documented" {
  input {
  }

  stack {
    var $x {
      value = "Hello, World!"|url_encode
    }
  }

  response = $x
}
