// expect: 2:1 'task' is missing a stack clause
task nightly {
  schedule {
    events = []
  }
}
