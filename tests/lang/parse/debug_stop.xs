function debug_stop.xs {
  input {
  }

  stack {
    debug.stop {
      value = $input
    }
  }

  response = null
}
