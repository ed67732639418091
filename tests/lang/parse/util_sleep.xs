function util_sleep.xs {
  input {
  }

  stack {
    util.sleep {
      value = 2
    }
  }

  response = null
}
