// Worker: turn reZEN's agent profile into an agents row. A payload that
// is not an object with an id is a failed Result (malformed payload).
function "Workers/Agent Data - Transform" {
  description = "Map a reZEN agent profile to the agents table"
  input {
    json payload?
  }

  stack {
    var $p {
      value = $input.payload
    }

    conditional {
      if (($p|is_object) == false || $p.id == null) {
        var $result {
          value = {success: false, data: null, error: "malformed agent payload: expected an object with an id"}
        }
      }

      else {
        var $result {
          value = {
            success: true
            data   : {
              agent_id  : $p.id
              first_name: $p.firstName
              last_name : $p.lastName
              email     : $p.emailAddress
              status    : $p.status
              team_id   : $p.team.id
              cap_amount: $p.cap.amount
            }
            error  : null
          }
        }
      }
    }
  }

  response = $result

  test "a profile becomes an agents row" {
    input = {
      payload: {
        id          : "RZ-0001"
        firstName   : "Ada"
        lastName    : "Lovelace"
        emailAddress: "ada@example.com"
        status      : "ACTIVE"
        team        : {id: "T-1"}
        cap         : {amount: 12000.5}
      }
    }

    expect.to_be_true ($response.success)
    expect.to_equal ($response.data) {
      value = {
        agent_id  : "RZ-0001"
        first_name: "Ada"
        last_name : "Lovelace"
        email     : "ada@example.com"
        status    : "ACTIVE"
        team_id   : "T-1"
        cap_amount: 12000.5
      }
    }
  }

  test "a profile without an id is a failed result" {
    input = {payload: {firstName: "Ada"}}

    expect.to_be_false ($response.success)
    expect.to_be_null ($response.data)
    expect.to_equal ($response.error) {
      value = "malformed agent payload: expected an object with an id"
    }
  }

  test "a body that did not decode is a failed result" {
    input = {payload: "{\"id\": \"RZ-00"}

    expect.to_be_false ($response.success)
    expect.to_start_with ($response.error) {
      value = "malformed agent payload"
    }
  }
}
