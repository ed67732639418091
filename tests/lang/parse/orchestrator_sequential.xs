function "Tasks/Onboarding Orchestrator" {
  input {
    int user_id
  }

  stack {
    var $steps_completed {
      value = []
    }

    var $errors {
      value = []
    }

    db.add_or_edit job_table {
      field_name = "user_id"
      field_value = $input.user_id
      data = {user_id: $input.user_id, status: "Started", started: now, lastupdated: now}
    }

    foreach (["agent_data", "team_roster", "revshare"]) {
      each as $step {
        db.edit job_table {
          field_name = "user_id"
          field_value = $input.user_id
          data = {current_step: $step, current_step_started: now, lastupdated: now}
        }

        function.run "Workers/Run Step" {
          input = {user_id: $input.user_id, step: $step}
        } as $step_result

        conditional {
          if ($step_result.success == false) {
            var.update $errors {
              value = $errors|push:{step: $step, error: $step_result.error ?? "Unknown error"}
            }
          }

          else {
            var.update $steps_completed {
              value = $steps_completed|push:$step
            }
          }
        }

        db.edit job_table {
          field_name = "user_id"
          field_value = $input.user_id
          data = {current_step_ok: $step_result.success, current_step_ended: now}
        }
      }
    }

    var $status {
      value = ($errors|count) == 0 ? "Complete" : "Partial"
    }

    db.edit job_table {
      field_name = "user_id"
      field_value = $input.user_id
      data = {status: $status, ended: now, lastupdated: now}
    }
  }

  response = {
    success: ($errors|count) == 0
    data   : {user_id: $input.user_id, steps_completed: $steps_completed}
    error  : ($errors|count) == 0 ? null : "some steps failed"
    meta   : {function_name: "Onboarding Orchestrator", timestamp: now, errors: $errors}
  }
}
