// The team an agent belongs to, with its leader and members (see
// Standin/Agent for who leads which team).
function "Standin/Team" {
  description = "The reZEN team roster of one agent's team"
  input {
    text agent_id
  }

  stack {
    function.run "Standin/Agent" {
      input = {agent_id: $input.agent_id}
    } as $agent

    var $roster {
      value = null
    }

    conditional {
      if ($agent != null) {
        var $members {
          value = []
        }

        conditional {
          if ($agent.team != null) {
            var $leader {
              value = $agent.team.id|replace:"T-":""|to_int
            }

            var $numbers {
              value = [$leader]|merge:((37 + 7 * ($leader - 1))|range:(43 + 7 * ($leader - 1)))
            }

            foreach ($numbers) {
              each as $m {
                function.run "Standin/Agent" {
                  input = {agent_id: "RZ-" ~ ("%04d"|sprintf:$m)}
                } as $member

                var.update $members {
                  value = $members|push:{
                    agentId : $member.id
                    name    : $member.firstName ~ " " ~ $member.lastName
                    role    : $m == $leader ? "LEADER" : "MEMBER"
                    status  : $member.status
                  }
                }
              }
            }
          }
        }

        var $roster {
          value = {team: $agent.team, members: $members}
        }
      }
    }
  }

  response = $roster
}
