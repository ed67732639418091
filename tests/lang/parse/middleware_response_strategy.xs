middleware add_request_meta {
  response_strategy = "merge"

  input {
  }

  stack {
    var $meta {
      value = {received_at: now}
    }
  }

  response = $meta
}
