// judgement: see docs/language-decisions.md#await
function "err_await_ids" {
  stack {
    await {
      ids = "job-1"
      timeout = 10
    } as $results
  }
  response = $results
}
