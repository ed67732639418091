task manual_only {
  stack {
  }

  schedule {
    events = []
  }
}
