function "Workers/reZEN - Onboarding Orchestrator" {
  input {
    int user_id
  }

  stack {
    function.run "Workers/reZEN - Fetch Agent Data" {
      input = {user_id: $input.user_id}
    } as $agent_result
  }

  response = $agent_result
}
