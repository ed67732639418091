function input_reserved_word_fields {
  input {
    json data
  }

  stack {
    var $out {
      value = [$input.data.request, $input.data.body, $input.data.api, $input.data.lambda]
    }
  }

  response = $out
}
