// Once, far ahead: next_fire is starts_on, no firing yet.
task "Tasks/Later" {
  stack {
  }

  schedule {
    events = [{starts_on: 2099-01-01 00:00:00+0000}]
  }
}
