// judgement: see docs/language-decisions.md#function-run
function "stmt_function_run_missing_optional_inputs" {
  input {
  }

  stack {
    function.run "echo_input" {
      input = {name: "ada"}
    } as $r
  }

  response = $r
}
