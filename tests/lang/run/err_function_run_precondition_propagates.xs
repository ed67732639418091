// judgement: see docs/language-decisions.md#error-fields
function "err_function_run_precondition_propagates" {
  input {
  }

  stack {
    function.run "require_positive" {
      input = {n: 0}
    } as $r
  }

  response = null
}
