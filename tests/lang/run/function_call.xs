// judgement: see docs/language-decisions.md#function-call
function "function_call" {
  stack {
    function.call "math_add" {
      input = {a: 5, b: 10}
    } as $sum
  }
  response = $sum
}
