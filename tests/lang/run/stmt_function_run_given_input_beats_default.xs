// judgement: see docs/language-decisions.md#function-run
function "stmt_function_run_given_input_beats_default" {
  input {
  }

  stack {
    function.run "greet" {
      input = {name: "xsflow"}
    } as $r
  }

  response = $r
}
