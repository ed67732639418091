// judgement: see docs/language-decisions.md#function-run
function "stmt_function_run_default_input" {
  input {
  }

  stack {
    function.run "greet" {
      input = {}
    } as $r
  }

  response = $r
}
