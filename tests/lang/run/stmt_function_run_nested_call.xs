// judgement: see docs/language-decisions.md#function-run
function "stmt_function_run_nested_call" {
  input {
  }

  stack {
    function.run "calls_math_add" {
      input = {x: 1}
    } as $r
  }

  response = $r
}
