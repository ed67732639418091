// The background trigger: every night at 02:00 UTC, onboard again every
// user whose job record is missing or more than 20 hours old, then
// aggregate the income of all agents. Users are read a page at a time;
// each orchestrator call is a step of this task's run. A user whose
// onboarding fails, or whom the orchestrator refuses (a failed
// precondition), is collected in $errors and the sweep goes on.
task "Tasks/Nightly reZEN Sync" {
  description = "Re-sync stale users from reZEN and aggregate income"
  stack {
    var $stale_before {
      value = now|add_secs_to_timestamp:-72000
    }

    var $errors {
      value = []
    }

    var $synced {
      value = 0
    }

    var $page {
      value = 1
    }

    var $more {
      value = true
    }

    while ($more) {
      each {
        db.query user {
          where = $db.user.agent_id != null
          sort = {id: "asc"}
          return = {type: "list", paging: {page: $page, per_page: 100}}
        } as $users

        foreach ($users.items) {
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

                    conditional {
                      if ($outcome.success) {
                        var.update $synced {
                          value = $synced + 1
                        }
                      }

                      else {
                        var.update $errors {
                          value = $errors|push:{user_id: $u.id, error: $outcome.error ?? "Unknown error"}
                        }
                      }
                    }
                  }

                  catch {
                    var.update $errors {
                      value = $errors|push:{user_id: $u.id, error: $error.message}
                    }
                  }
                }
              }
            }
          }
        }

        var.update $more {
          value = $users.nextPage != null
        }

        var.update $page {
          value = $page + 1
        }
      }
    }

    function.run "Tasks/Income - Aggregate Every Batch" {
      input = {per_page: 100}
    } as $income

    conditional {
      if ($income.success == false) {
        var.update $errors {
          value = $errors|push:{step: "income", error: $income.error ?? "Unknown error"}
        }
      }
    }

    debug.log {
      value = {synced: $synced, failed: $errors|count, errors: $errors}
    }
  }

  schedule {
    events = [{starts_on: 2026-01-01 02:00:00+0000, freq: 86400}]
  }
}
