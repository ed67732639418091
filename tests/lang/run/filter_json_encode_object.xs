// docs: Xano XanoScript language-server filter reference (hover docs), json_encode
function "filter_json_encode_object" {
  input {
  }

  stack {
    var $x {
      value = {"a":1,"b":2,"c":3}|json_encode
    }
  }

  response = $x
}
