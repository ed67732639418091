function "Seed/Pattern 6 - Object Composition" {
  input {
    int user_id
  }

  stack {
    var $user_id {
      value = $input.user_id
    }

    var $success {
      value = false
    }

    var $message {
      value = "step failed"
    }

    var $steps_completed {
      value = []
    }

    var $errors {
      value = []
    }

// Build object with |set: composition
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

// Build array with |push:
var.update $errors {
  value = $errors
    |push:({}
      |set:"step":"step_name"
      |set:"error":"Error message"
    )
}
  }

  response = $result
}
