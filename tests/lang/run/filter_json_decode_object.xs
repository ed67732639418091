// docs: Xano XanoScript language-server filter reference (hover docs), json_decode
function "filter_json_decode_object" {
  input {
  }

  stack {
    var $x {
      value = "{\"a\":1,\"b\":2,\"c\":3}"|json_decode
    }
  }

  response = $x
}
