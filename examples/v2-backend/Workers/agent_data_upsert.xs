// Worker: write the user's agent row (matched by agent_id). A value the
// table refuses (a text where cap_amount is a decimal) raises: that is an
// exception for the orchestrator, not a flow-control Result.
function "Workers/Agent Data - Upsert" {
  description = "Add or update the user's agent in the agents table"
  input {
    int user_id
    json agent
  }

  stack {
    precondition ($input.agent.agent_id != null) {
      error = "agent.agent_id is required"
    }

    db.add_or_edit agents {
      field_name = "agent_id"
      field_value = $input.agent.agent_id
      data = {
        agent_id  : $input.agent.agent_id
        user_id   : $input.user_id
        first_name: $input.agent.first_name
        last_name : $input.agent.last_name
        email     : $input.agent.email
        status    : $input.agent.status
        team_id   : $input.agent.team_id
        cap_amount: $input.agent.cap_amount
        synced_at : now
      }
    } as $agent
  }

  response = {
    success: true
    data   : {id: $agent.id, agent_id: $agent.agent_id}
    error  : null
  }

  test "an agent row is added or updated" {
    input = {
      user_id: 1
      agent  : {
        agent_id  : "RZ-T001"
        first_name: "Ada"
        last_name : "Lovelace"
        email     : "ada@example.com"
        status    : "ACTIVE"
        team_id   : "T-1"
        cap_amount: 12000.5
      }
    }

    expect.to_be_true ($response.success)
    expect.to_not_be_null ($response.data.id)
    expect.to_equal ($response.data.agent_id) {
      value = "RZ-T001"
    }
  }

  test "an agent without agent_id is refused" {
    input = {user_id: 1, agent: {first_name: "Ada"}}

    expect.to_throw {
      exception = "agent.agent_id is required"
    }
  }

  test "a text where the table has a decimal raises" {
    input = {user_id: 1, agent: {agent_id: "RZ-T002", cap_amount: "n/a"}}

    expect.to_throw {
      exception = "column 'cap_amount' of table 'agents' (decimal): text is not a number"
    }
  }
}
