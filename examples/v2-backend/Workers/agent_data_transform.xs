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
}
