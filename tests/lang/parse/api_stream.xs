function api_stream {
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
