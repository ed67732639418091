function debug_stop {
  input {
  }

  stack {
    debug.stop {
      value = $input
    }
  }

  response = null
}
