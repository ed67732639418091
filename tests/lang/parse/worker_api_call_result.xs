function "Workers/Agent Data" {
  description = "Fetch one agent from the partner API and return a Result"
  input {
    int user_id
    text api_key {
      sensitive = true
    }
  }

  stack {
    precondition ($input.user_id > 0) {
      error_type = "inputerror"
      error = "user_id must be positive"
    }

    api.request {
      url = "https://partner.example.com/v1/agents"
      method = "GET"
      params = {user_id: $input.user_id}
      headers = []|push:("Authorization: Bearer " ~ $input.api_key)
      timeout = 20
    } as $resp

    conditional {
      if ($resp.response.status == 200) {
        var $result {
          value = {success: true, data: $resp.response.result, error: null}
        }
      }

      else {
        var $result {
          value = {
            success: false
            data   : null
            error  : "partner API returned " ~ ($resp.response.status|to_text)
          }
        }
      }
    }
  }

  response = $result
}
