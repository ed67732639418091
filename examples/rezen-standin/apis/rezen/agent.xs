// GET /api/rezen/agents/{agent_id}: one agent's profile.
query "agents/{agent_id}" verb=GET {
  description = "An agent's profile"
  input {
    text agent_id
  }

  stack {
    function.run "Standin/Faults" {
      input = {}
    } as $faults

    function.run "Standin/Agent" {
      input = {agent_id: $input.agent_id}
    } as $agent

    precondition ($agent != null) {
      error_type = "notfound"
      error = "Agent not found: " ~ $input.agent_id
    }

    conditional {
      if ($faults.bad_cap|in:$agent.id) {
        var.update $agent {
          value = $agent|set:"cap":{amount: "n/a", currency: "USD"}
        }
      }
    }
  }

  response = $agent
}
