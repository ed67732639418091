// GET /api/rezen/agents/{agent_id}/team: the roster of the agent's team;
// HTTP 500 for the agents Standin/Faults lists.
query "agents/{agent_id}/team" verb=GET {
  description = "The roster of an agent's team"
  input {
    text agent_id
  }

  stack {
    function.run "Standin/Faults" {
      input = {}
    } as $faults

    conditional {
      if ($faults.team_roster_500|in:($input.agent_id|to_upper)) {
        util.set_header {
          value = "Status: 500"
        }

        return {
          value = {message: "Internal Server Error", code: "TEAM_SERVICE_UNAVAILABLE"}
        }
      }
    }

    function.run "Standin/Team" {
      input = {agent_id: $input.agent_id}
    } as $roster

    precondition ($roster != null) {
      error_type = "notfound"
      error = "Agent not found: " ~ $input.agent_id
    }
  }

  response = $roster
}
