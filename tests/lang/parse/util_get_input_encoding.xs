function util_get_input_encoding {
  input {
  }

  stack {
    util.get_input {
      encoding = "json"
    } as $raw_body
  }

  response = $raw_body
}
