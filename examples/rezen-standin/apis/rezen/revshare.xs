// GET /api/rezen/agents/{agent_id}/revshare: the agent's revenue share
// tiers; a truncated JSON body for the agents Standin/Faults lists.
query "agents/{agent_id}/revshare" verb=GET {
  description = "An agent's revenue share tiers"
  input {
    text agent_id
  }

  stack {
    function.run "Standin/Faults" {
      input = {}
    } as $faults

    conditional {
      if ($faults.malformed_revshare|in:($input.agent_id|to_upper)) {
        util.set_header {
          value = "Content-Type: application/json"
        }

        return {
          value = '{"agentId": "' ~ ($input.agent_id|to_upper) ~ '", "tiers": [{"tier": 1, "amount": '
        }
      }
    }

    function.run "Standin/RevShare" {
      input = {agent_id: $input.agent_id}
    } as $revshare

    precondition ($revshare != null) {
      error_type = "notfound"
      error = "Agent not found: " ~ $input.agent_id
    }
  }

  response = $revshare
}
