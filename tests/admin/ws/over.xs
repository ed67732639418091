// Every minute of one day in 2020: its last time fires, then never again.
task "Tasks/Over" {
  stack {
  }

  schedule {
    events = [{starts_on: 2020-01-01 00:00:00+0000, freq: 60, ends_on: 2020-01-02 00:00:00+0000}]
  }
}
