// expect: 7:52 expected ',' or a new line between object entries, found 'freq'
task nightly {
  stack {
  }

  schedule {
    events = [{starts_on: 2026-01-01 00:00:00+0000 freq: 86400}]
  }
}
