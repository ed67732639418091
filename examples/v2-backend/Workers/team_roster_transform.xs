// Worker: turn reZEN's team roster into team_roster rows, one per member,
// keyed by team and member. An agent without a team has no rows.
function "Workers/Team Roster - Transform" {
  description = "Map a reZEN team roster to team_roster rows"
  input {
    json payload?
  }

  stack {
    var $p {
      value = $input.payload
    }

    conditional {
      if (($p|is_object) == false || ($p.members|is_array) == false) {
        var $result {
          value = {success: false, data: null, error: "malformed team roster payload: expected an object with a members list"}
        }
      }

      else {
        var $rows {
          value = []
        }

        conditional {
          if ($p.team != null) {
            foreach ($p.members) {
              each as $m {
                var.update $rows {
                  value = $rows|push:{
                    key            : $p.team.id ~ ":" ~ $m.agentId
                    team_id        : $p.team.id
                    team_name      : $p.team.name
                    member_agent_id: $m.agentId
                    member_name    : $m.name
                    role           : $m.role
                  }
                }
              }
            }
          }
        }

        var $result {
          value = {success: true, data: {rows: $rows}, error: null}
        }
      }
    }
  }

  response = $result

  test "one row per member, keyed by team and member" {
    input = {
      payload: {
        team   : {id: "T-1", name: "North"}
        members: [
          {agentId: "RZ-0001", name: "Ada", role: "LEADER"}
          {agentId: "RZ-0002", name: "Grace", role: "MEMBER"}
        ]
      }
    }

    expect.to_be_true ($response.success)
    expect.to_not_be_defined ($response.data.rows.2)
    expect.to_equal ($response.data.rows.1) {
      value = {
        key            : "T-1:RZ-0002"
        team_id        : "T-1"
        team_name      : "North"
        member_agent_id: "RZ-0002"
        member_name    : "Grace"
        role           : "MEMBER"
      }
    }
  }

  test "an agent without a team has no rows" {
    input = {payload: {team: null, members: []}}

    expect.to_be_true ($response.success)
    expect.to_be_empty ($response.data.rows)
  }

  test "a roster without a members list is a failed result" {
    input = {payload: {team: {id: "T-1", name: "North"}}}

    expect.to_be_false ($response.success)
    expect.to_equal ($response.error) {
      value = "malformed team roster payload: expected an object with a members list"
    }
  }
}
