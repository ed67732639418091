// Worker: fetch the roster of an agent's team from reZEN.
// One API call and nothing else: it returns the decoded body as data when
// reZEN answers 200, and a Result with the status and message otherwise.
// A request that gets no answer (refused, timed out) is a failed Result
// too, never an exception.
function "Workers/Team Roster - Fetch" {
  description = "Fetch the roster of an agent's team from reZEN"
  input {
    text agent_id filters=trim
    text api_key {
      description = "The user's reZEN API key"
      sensitive = true
    }
  }

  stack {
    var $url {
      value = $env.REZEN_BASE_URL ~ "/agents/" ~ ($input.agent_id|url_encode) ~ "/team"
    }

    try_catch {
      try {
        api.request {
          url = $url
          method = "GET"
          headers = []|push:("Authorization: Bearer " ~ $input.api_key)|push:"Accept: application/json"
          timeout = 10
          mock = {
            "reZEN answers 200": {response: {status: 200, result: {team: {id: "T-1", name: "North"}, members: [{agentId: "RZ-0001", name: "Ada", role: "LEADER"}]}}}
            "reZEN answers 500": {response: {status: 500, result: {message: "upstream exploded"}}}
            "reZEN answers 404 without a body": {response: {status: 404, result: null}}
          }
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
                error  : "reZEN team roster answered HTTP " ~ $api.response.status ~ ": " ~ ($api.response.result.message ?? "no message")
              }
            }
          }
        }
      }

      catch {
        var $result {
          value = {success: false, data: null, error: "reZEN team roster unreachable: " ~ $error.message}
        }
      }
    }
  }

  response = $result

  test "reZEN answers 200" {
    input = {agent_id: " RZ-0001 ", api_key: "k-1"}

    expect.to_be_true ($response.success)
    expect.to_be_null ($response.error)
    expect.to_equal ($response.data.team.id) {
      value = "T-1"
    }
  }

  test "reZEN answers 500" {
    input = {agent_id: "RZ-0001", api_key: "k-1"}

    expect.to_be_false ($response.success)
    expect.to_equal ($response.data.status) {
      value = 500
    }

    expect.to_equal ($response.error) {
      value = "reZEN team roster answered HTTP 500: upstream exploded"
    }
  }

  test "reZEN answers 404 without a body" {
    input = {agent_id: "RZ-0001", api_key: "k-1"}

    expect.to_be_false ($response.success)
    expect.to_end_with ($response.error) {
      value = "answered HTTP 404: no message"
    }
  }
}
