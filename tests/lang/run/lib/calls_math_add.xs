// helper: calls another workspace function and doubles its result
function "calls_math_add" {
  input {
    int x
  }

  stack {
    function.run "math_add" {
      input = {a: $input.x, b: 10}
    } as $partial
  }

  response = $partial * 2
}
