// Worker: fetch an agent's revenue share tiers from reZEN.
// One API call and nothing else: it returns the decoded body as data when
// reZEN answers 200, and a Result with the status and message otherwise.
// A request that gets no answer (refused, timed out) is a failed Result
// too, never an exception.
function "Workers/RevShare - Fetch" {
  description = "Fetch an agent's revenue share tiers from reZEN"
  input {
    text agent_id filters=trim
    text api_key {
      description = "The user's reZEN API key"
      sensitive = true
    }
  }

  stack {
    var $url {
      value = $env.REZEN_BASE_URL ~ "/agents/" ~ ($input.agent_id|url_encode) ~ "/revshare"
    }

    try_catch {
      try {
        api.request {
          url = $url
          method = "GET"
          headers = []|push:("Authorization: Bearer " ~ $input.api_key)|push:"Accept: application/json"
          timeout = 10
        } as $api

        conditional {
          if ($api.response.status == 200) {
            var $result {
              value = {success: true, data: $api.response.result, error: null}
            }
          }

          else {
            var $result {
              value = {
                success: false
                data   : {status: $api.response.status}
                error  : "reZEN revenue share answered HTTP " ~ $api.response.status ~ ": " ~ ($api.response.result.message ?? "no message")
              }
            }
          }
        }
      }

      catch {
        var $result {
          value = {success: false, data: null, error: "reZEN revenue share unreachable: " ~ $error.message}
        }
      }
    }
  }

  response = $result
}
