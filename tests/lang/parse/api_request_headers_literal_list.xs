function api_request_headers_literal_list {
  input {
    int job_id
  }

  stack {
    api.request {
      url = "https://hooks.example.com/notify"
      method = "POST"
      params = {text: "job finished", job: $input.job_id}
      headers = ["Content-Type: application/json", "X-Source: xsflow"]
    } as $hook
  }

  response = $hook
}
