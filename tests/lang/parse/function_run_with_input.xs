function function_run_with_input {
  input {
    int user_id
  }

  stack {
    function.run "Workers/Step-N" {
      input = {user_id: $input.user_id, attempt: 1}
    } as $step_n_result
  }

  response = $step_n_result
}
