task "Tasks/Nightly Income Aggregation" {
  stack {
    function.run "Workers/Income - Aggregate All Agents" {
      input = {batch_limit: 100, batch_offset: 0}
    } as $result
  }

  schedule {
    events = [
      {starts_on: 2026-01-01 02:00:00+0000, freq: 86400}
      {starts_on: 2026-01-01 14:00:00+0000, freq: 86400}
    ]
  }
}
