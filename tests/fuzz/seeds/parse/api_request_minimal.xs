function api_request_minimal {
  input {
  }

  stack {
    api.request {
      url = "https://api.example.com/status"
      method = "GET"
    } as $status
  }

  response = $status.response.result
}
