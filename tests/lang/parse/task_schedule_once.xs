task one_shot_backfill {
  stack {
    debug.log {
      value = "backfill started"
    }
  }

  schedule {
    events = [{starts_on: 2026-03-01 09:30:00+0000}]
  }
}
