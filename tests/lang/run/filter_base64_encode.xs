// docs: Xano XanoScript language-server filter reference (hover docs), base64_encode
function "filter_base64_encode" {
  input {
  }

  stack {
    var $x {
      value = "hello"|base64_encode
    }
  }

  response = $x
}
