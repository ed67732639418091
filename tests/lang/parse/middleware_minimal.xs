middleware require_api_key {
  input {
  }

  stack {
  }

  response = null
}
