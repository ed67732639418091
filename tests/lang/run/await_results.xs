// judgement: see docs/language-decisions.md#await
function "await_results" {
  stack {
    function.run math_add {
      input = {a: 1, b: 2}
    } as $func1
    await {
      ids = []|push:$func1
      timeout = 10
    } as $results
  }
  response = $results
}
