// docs: Xano XanoScript language-server filter reference (hover docs), url_encode
function "lib_url_encode_example" {
  input {
  }

  stack {
    var $x {
      value = "Hello, World!"|url_encode
    }
  }

  response = $x
}
