// The background trigger: every night at 02:00 UTC, onboard again every
// user whose job record is missing or more than 20 hours old, then
// aggregate the income of all agents. Each orchestrator call is a step of
// this task's run; a user the orchestrator refuses (a failed precondition)
// is logged and the sweep goes on.
task "Tasks/Nightly reZEN Sync" {
  description = "Re-sync stale users from reZEN and aggregate income"
  stack {
    db.query user {
      where = $db.user.agent_id != null
      sort = {id: "asc"}
      return = {type: "list"}
    } as $users

    var $stale_before {
      value = now|add_secs_to_timestamp:-72000
    }

    foreach ($users) {
      each as $u {
        db.get job_table {
          field_name = "user_id"
          field_value = $u.id
        } as $job

        conditional {
          if ($job == null || ($job.lastupdated ?? 0) < $stale_before) {
            try_catch {
              try {
                function.run "Workers/reZEN - Onboarding Orchestrator" {
                  input = {user_id: $u.id}
                } as $outcome
              }

              catch {
                debug.log {
                  value = {user_id: $u.id, error: $error.message}
                }
              }
            }
          }
        }
      }
    }

    function.run "Tasks/Income - Aggregate Every Batch" {
      input = {per_page: 100}
    } as $income
  }

  schedule {
    events = [{starts_on: 2026-01-01 02:00:00+0000, freq: 86400}]
  }
}
