// docs: Xano XanoScript language-server filter reference (hover docs), base64_decode
function "filter_base64_decode" {
  input {
  }

  stack {
    var $x {
      value = "aGVsbG8="|base64_decode
    }
  }

  response = $x
}
