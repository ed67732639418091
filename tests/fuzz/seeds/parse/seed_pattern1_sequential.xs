function "Seed/Pattern 1 - Sequential Orchestrator" {
  input {
    int user_id
  }

  stack {
    var $user_id {
      value = $input.user_id
    }

// Initialize tracking arrays
var $steps_completed { value = [] }
var $errors { value = [] }
var $failed_steps { value = [] }

// STEP N: Execute worker
db.edit job_table {
  field_name = "user_id"
  field_value = $user_id
  data = {step_n_started: now}
}

function.run "Workers/Step-N" {
  input = {user_id: $user_id}
} as $step_n_result

// Check result and track
conditional {
  if ($step_n_result.success == false) {
    var.update $errors {
      value = $errors|push:({
        |set:"step":"step_n"
        |set:"error":($step_n_result.error ?? "Unknown error")
      })
    }
    var.update $failed_steps {
      value = $failed_steps|push:"step_n"
    }
  }
  else {
    var.update $steps_completed {
      value = $steps_completed|push:"step_n"
    }
  }
}

db.edit job_table {
  field_name = "user_id"
  field_value = $user_id
  data = {step_n: true, step_n_ended: now}
}
  }

  response = {success: ($errors|count) == 0, data: {steps_completed: $steps_completed}, error: null}
}
