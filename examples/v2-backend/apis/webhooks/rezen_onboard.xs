// The webhook trigger: POST /api/webhooks/rezen/onboard {"user_id": N}
// onboards one user (for instance when reZEN reports a new agent) and
// answers with the orchestrator's Result.
query "rezen/onboard" verb=POST {
  description = "Start reZEN onboarding for one user"
  input {
    int user_id
  }

  stack {
    function.run "Workers/reZEN - Onboarding Orchestrator" {
      input = {user_id: $input.user_id}
    } as $result
  }

  response = $result
}
