function filter_get_with_default {
  input {
    json payload
  }

  stack {
    var $out {
      value = $input.payload|get:"retries":3
    }
  }

  response = $out
}
