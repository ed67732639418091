// docs: Xano XanoScript language-server filter reference (hover docs), url_decode
function "filter_url_decode" {
  input {
  }

  stack {
    var $x {
      value = "Hello%2C%20World%21"|url_decode
    }
  }

  response = $x
}
