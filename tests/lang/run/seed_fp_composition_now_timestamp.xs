// judgement: see docs/language-decisions.md#seed-patterns
function "seed_fp_composition_now_timestamp" {
  input {
  }

  stack {
    var $success {
      value = false
    }
    var $message {
      value = "Step failed"
    }
    var $user_id {
      value = 42
    }
    var $steps_completed {
      value = ["agent_data"]
    }
    var $errors {
      value = [{step: "team_roster", error: "Rate limited"}]
    }
    var $result {
      value = {}
        |set:"success":$success
        |set:"data":({}
          |set:"user_id":$user_id
          |set:"steps_completed":$steps_completed
          |set:"error_count":($errors|count)
        )
        |set:"error":($success ? null : $message)
        |set:"meta":({}
          |set:"function_name":"My Function"
          |set:"errors":$errors
          |set:"timestamp":now
        )
    }
  }

  response = {keys: $result|keys, meta_keys: $result.meta|keys, ts_is_int: $result.meta.timestamp|is_int}
}
