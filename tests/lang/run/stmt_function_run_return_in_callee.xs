// judgement: see docs/language-decisions.md#return
function "stmt_function_run_return_in_callee" {
  input {
  }

  stack {
    function.run "returns_early" {
      input = {}
    } as $r
  }

  response = $r
}
