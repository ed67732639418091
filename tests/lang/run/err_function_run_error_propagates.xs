// judgement: see docs/language-decisions.md#error-fields
function "err_function_run_error_propagates" {
  input {
  }

  stack {
    function.run "throws_validation" {
      input = {}
    } as $r
  }

  response = null
}
