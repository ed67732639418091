function api_stream.xs {
  input {
    json rows
  }

  stack {
    api.stream {
      value = $input.rows
    }
  }

  response = null
}
