workflow_test nightly_task_runs {
  stack {
    task.call "Tasks/Nightly Income Aggregation" as $run
  }
}
