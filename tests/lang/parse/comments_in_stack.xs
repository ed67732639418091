function comments_in_stack {
  input {
    int user_id
  }

  stack {
    // Initialize tracking arrays
    var $steps_completed {
      value = []
    }

    // STEP 1: fetch agent data
    // (two comment lines in a row)
    function.run "Workers/Step-1" {
      input = {user_id: $input.user_id}
    } as $step_1
  }

  response = $step_1
}
