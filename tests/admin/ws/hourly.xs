// Fires every hour since 2020: due at once, then an hour after the last
// due time.
task "Tasks/Hourly" {
  stack {
    function.run "Workers/Ok" {
      input = {n: 3}
    } as $a
  }

  schedule {
    events = [{starts_on: 2020-01-01 00:00:00+0000, freq: 3600}]
  }
}
