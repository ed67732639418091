task "Tasks/Nightly Onboarding Sweep" {
  description = "Runs the onboarding orchestrator for users still pending"
  stack {
    db.query job_table {
      where = $db.job_table.status == "Queued"
      return = {type: "list"}
    } as $pending

    foreach ($pending) {
      each as $job {
        function.run "Tasks/Onboarding Orchestrator" {
          input = {user_id: $job.user_id}
        } as $outcome

        debug.log {
          value = {user_id: $job.user_id, success: $outcome.success}
        }
      }
    }
  }

  schedule {
    events = [{starts_on: 2026-01-05 03:00:00+0000, freq: 86400}]
  }
}
