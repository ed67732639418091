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
}
