function filter_json_roundtrip {
  input {
    json payload
  }

  stack {
    var $out {
      value = ($input.payload|json_encode)|json_decode
    }
  }

  response = $out
}
