// judgement: see docs/language-decisions.md#function-run
function "stmt_function_run_name_with_slash" {
  input {
  }

  stack {
    function.run "Workers/Step OK" {
      input = {user_id: 9}
    } as $r
  }

  response = $r
}
