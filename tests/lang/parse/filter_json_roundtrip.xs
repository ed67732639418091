function filter_json_roundtrip.xs {
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
