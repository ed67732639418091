// docs: Xano XanoScript statement reference, function.run
function "stmt_function_run_result" {
  input {
  }

  stack {
    function.run "math_add" {
      input = {a: 2, b: 3}
    } as $func_result
  }

  response = $func_result
}
