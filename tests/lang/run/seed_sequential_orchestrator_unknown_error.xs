// judgement: see docs/language-decisions.md#seed-patterns
function "seed_sequential_orchestrator_unknown_error" {
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
    var $failed_steps {
      value = []
    }
    function.run "Workers/Step Fail Silent" {
      input = {user_id: $input.user_id}
    } as $agent_data_result
    conditional {
      if ($agent_data_result.success == false) {
        var.update $errors {
          value = $errors|push:({}|set:"step":"agent_data"|set:"error":($agent_data_result.error ?? "Unknown error"))
        }
        var.update $failed_steps {
          value = $failed_steps|push:"agent_data"
        }
      }
      else {
        var.update $steps_completed {
          value = $steps_completed|push:"agent_data"
        }
      }
    }
  }

  response = {
    success: ($errors|count) == 0,
    status: (($errors|count) == 0) ? "Complete" : "Partial",
    steps_completed: $steps_completed,
    failed_steps: $failed_steps,
    errors: $errors
  }
}
