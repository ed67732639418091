function api_request_full {
  input {
    text agent_id
  }

  stack {
    api.request {
      description = "Fetch agent profile from the partner API"
      url = "https://partner.example.com/v1/agents/" ~ $input.agent_id
      method = "POST"
      params = {}|set:"include":"teams"|set:"limit":50
      headers = []|push:"Content-Type: application/json"
        |push:("Authorization: Bearer " ~ $env.partner_api_key)
      timeout = 30
    } as $profile
  }

  response = $profile
}
