// docs: Xano XanoScript language-server filter reference (hover docs), url_decode
function "lib_url_decode_example" {
  input {
  }

  stack {
    var $x {
      value = "a%20b+c"|url_decode
    }
  }

  response = $x
}
