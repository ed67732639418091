query webhooks/incoming verb=POST {
  input {
    json body?
  }

  stack {
    util.get_input {
      encoding = "json"
    } as $raw
  }

  response = {received: true}
  history = "inherit"
}
