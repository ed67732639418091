workflow_test orchestrator_collects_errors {
  stack {
    function.call "Workers/reZEN - Onboarding Orchestrator" {
      input = {user_id: 1}
    } as $result

    expect.to_be_defined ($result)
  }
}
