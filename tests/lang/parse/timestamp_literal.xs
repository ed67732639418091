task timestamp_literals {
  stack {
  }

  schedule {
    events = [
      {starts_on: 2026-01-01 00:00:00+0000, freq: 60}
      {starts_on: 2026-12-31 23:59:59+0000, freq: 604800, ends_on: 2027-06-30 12:00:00+0000}
    ]
  }
}
