function try_catch_basic {
  input {
    int user_id
  }

  stack {
    try_catch {
      try {
        function.run "Workers/Step-1" {
          input = {user_id: $input.user_id}
        } as $step_1
      }

      catch {
        var $failure {
          value = $error.message
        }
      }
    }
  }

  response = null
}
