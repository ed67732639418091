// judgement: see docs/language-decisions.md#task-call
function "err_task_call_unknown" {
  input {
  }

  stack {
    task.call "no such task" as $run
  }

  response = $run
}
